package vn.gov.cbccvc.transfer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The decision of a transfer out of the province or of the state sector (TT06 Art. 11.1a, HY Art. 11.3,
 * HCM Art. 8.3, DN Art. 8.5): the receiving agency and its province (none when leaving the state sector), the
 * reason, the decision and the day it takes effect (its date when not given).
 */
public record StartTransferOut(@NotNull Long personId, @NotNull Boolean leavesStateSector,
		@NotBlank @Size(max = 300) String destinationAgency, @Size(max = 100) String destinationProvince,
		@NotBlank @Size(max = 1000) String reason, @NotBlank @Size(max = 100) String decisionNumber,
		@NotNull @PastOrPresent LocalDate decisionDate, @Size(max = 200) String decisionSigner, Long attachmentId,
		LocalDate effectiveDate) {

	TransferKind kind() {
		return this.leavesStateSector ? TransferKind.OUT_OF_STATE_SECTOR : TransferKind.OUT_OF_PROVINCE;
	}

	Transfer.Decision decision() {
		return new Transfer.Decision(this.decisionNumber.trim(), this.decisionDate,
				StartTransfer.blankToNull(this.decisionSigner), this.attachmentId,
				this.effectiveDate != null ? this.effectiveDate : this.decisionDate);
	}

}

package vn.gov.cbccvc.transfer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The decision of a move inside the province (điều động, luân chuyển, chuyển đổi vị trí; DN Art. 8.1, HY Art. 11.1,
 * HCM Art. 8.1, 8.2): whose record, the unit (or section) it moves to, the new section and position as the decision
 * names them, the decision's number, date, signer and scan, and the day it takes effect (its date when not given).
 */
public record StartTransfer(@NotNull Long personId, @NotNull Long toUnitId, @Size(max = 300) String newSection,
		@Size(max = 200) String newPosition, @NotBlank @Size(max = 100) String decisionNumber,
		@NotNull @PastOrPresent LocalDate decisionDate, @Size(max = 200) String decisionSigner, Long attachmentId,
		LocalDate effectiveDate) {

	Transfer.Decision decision() {
		return new Transfer.Decision(this.decisionNumber.trim(), this.decisionDate, blankToNull(this.decisionSigner),
				this.attachmentId, this.effectiveDate != null ? this.effectiveDate : this.decisionDate);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}

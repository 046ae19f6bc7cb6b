package vn.gov.cbccvc.status;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * The effective document recorded by the clerk (TT06 Art. 11.2, HCM Art. 8.4): whose record, what happened, the
 * document's number, date and signer, its scanned copy (an attachment of the person) and the day it takes effect
 * (the document's date when not given).
 */
public record StartStatusChange(@NotNull Long personId, @NotNull StatusKind kind,
		@NotBlank @Size(max = 100) String documentNumber, @NotNull @PastOrPresent LocalDate documentDate,
		@Size(max = 200) String documentSigner, Long attachmentId, LocalDate effectiveDate) {

	LocalDate effectiveOrDocumentDate() {
		return this.effectiveDate != null ? this.effectiveDate : this.documentDate;
	}

}

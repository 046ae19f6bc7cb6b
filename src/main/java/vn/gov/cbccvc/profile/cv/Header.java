package vn.gov.cbccvc.profile.cv;

import jakarta.validation.constraints.Size;

/**
 * Header of the form: managing agency, employing unit, file number (số hiệu) and the 4×6 photo.
 *
 * @param photoAttachmentId an attachment of the same person holding the photo (JPEG or PNG)
 */
public record Header(@Size(max = 300) String managingAgency, @Size(max = 300) String employingUnit,
		@Size(max = 50) String fileNumber, Long photoAttachmentId) {
}

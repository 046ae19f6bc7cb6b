package vn.gov.cbccvc.transferin;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.cbccvc.profile.PersonCategory;

/**
 * The receiving unit's record of a transfer in (TT06 Art. 11.1b, DN Art. 8.3a, HY Art. 11.2): only what the
 * paper dossier says about the move; the person's data comes from the national database (TT06 Art. 4.5).
 *
 * @param category the person's category in the receiving post (from the transfer decision)
 * @param dossierScanBase64 the scanned paper dossier (PDF, JPEG or PNG), Base64
 */
public record StartTransferIn(
		@NotBlank @Pattern(regexp = "\\d{12}", message = "phải gồm 12 chữ số / must have 12 digits") String personalIdNumber,
		@NotNull Long unitId, @NotNull PersonCategory category,
		@NotBlank @Size(max = 300) String fromAgency, @Size(max = 100) String fromProvince,
		@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
		@Size(max = 200) String decisionSigner, @NotNull LocalDate dossierHandedOverDate,
		@Schema(description = "Tên tệp bản quét hồ sơ / scan file name") @Size(max = 255) String dossierScanFileName,
		@Schema(description = "Bản quét hồ sơ giấy (Base64) / scanned dossier") String dossierScanBase64) {
}

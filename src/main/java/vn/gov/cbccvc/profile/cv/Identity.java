package vn.gov.cbccvc.profile.cv;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Items 1–11 of the CV. Ethnic group and religion are sensitive personal data (Law 91/2025/QH15).
 *
 * @param birthName 1: full birth name in upper case
 * @param otherNames 2
 * @param birthDate 3
 * @param placeOfBirth 4
 * @param homeTown 5: commune, province
 * @param ethnicGroupCode 6: code of list {@code ethnic-group}
 * @param religionCode 7: code of list {@code religion}
 * @param personalIdNumber 8: 12-digit personal ID number (CCCD), the person's identifier (TT06 Art. 3.6)
 * @param familyBackground 11: family background class
 */
public record Identity(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{Lu}\\p{M}][\\p{Lu}\\p{M} '\\-]*",
				message = CvMessages.UPPER_CASE) String birthName,
		@NotNull Sex sex, @Size(max = 200) String otherNames, @NotNull LocalDate birthDate,
		@Valid @NotNull Place placeOfBirth, @Valid Place homeTown, @NotBlank @Size(max = 10) String ethnicGroupCode,
		@Size(max = 10) String religionCode,
		@NotBlank @Pattern(regexp = "\\d{12}", message = CvMessages.DIGITS_12) String personalIdNumber,
		LocalDate personalIdIssueDate,
		@Pattern(regexp = "\\+?[0-9]{9,15}", message = CvMessages.PHONE) String phone,
		@Pattern(regexp = "\\d{10}", message = CvMessages.DIGITS_10) String socialInsuranceNumber,
		@Pattern(regexp = "[A-Z]{2}\\d{13}|\\d{10}", message = CvMessages.HEALTH_CARD) String healthInsuranceCardNumber,
		@Valid Place currentResidence, @Size(max = 100) String familyBackground) {
}

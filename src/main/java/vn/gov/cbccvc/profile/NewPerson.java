package vn.gov.cbccvc.profile;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.cbccvc.profile.cv.CvMessages;
import vn.gov.cbccvc.profile.cv.Sex;

/** A person to add to the register (recruitment or contract, TT06 Art. 6.2). */
public record NewPerson(
		@NotBlank @Pattern(regexp = "\\d{12}", message = CvMessages.DIGITS_12) String personalIdNumber,
		@NotBlank @Size(max = 200) String fullName, @NotNull Sex sex, @NotNull LocalDate birthDate,
		@NotNull Long unitId, @NotNull PersonCategory category, @Size(max = 50) String fileNumber) {
}

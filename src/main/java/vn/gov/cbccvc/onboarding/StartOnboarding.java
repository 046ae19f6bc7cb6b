package vn.gov.cbccvc.onboarding;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.profile.cv.Sex;

/**
 * A recruitment decision or labour contract recorded by the unit's clerk (TT06 Art. 6.1, 6.2): who, where, and on
 * what basis. The person is registered from it; the CV follows in the employee's self-entry.
 */
public record StartOnboarding(@NotBlank @Pattern(regexp = "\\d{12}") String personalIdNumber,
		@NotBlank @Size(max = 200) String fullName, @NotNull Sex sex, @NotNull LocalDate birthDate, @NotNull Long unitId,
		@NotNull PersonCategory category, @NotNull RecruitmentBasis basis,
		@NotBlank @Size(max = 100) String decisionNumber, @NotNull @PastOrPresent LocalDate decisionDate,
		@Size(max = 200) String decisionSigner) {
}

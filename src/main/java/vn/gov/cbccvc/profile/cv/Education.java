package vn.gov.cbccvc.profile.cv;

import jakarta.validation.constraints.Size;

/**
 * Items 19–22 and the summary levels of political theory and state management.
 *
 * @param generalEducationCode 19: code of list {@code general-education}, e.g. 12/12
 * @param highestQualificationCode 20: code of list {@code qualification}
 * @param highestQualificationMajor 20: the major of that qualification
 * @param politicalTheoryLevelCode code of list {@code political-theory}
 * @param stateManagementLevelCode code of list {@code state-management}
 * @param academicTitle 21: professor, associate professor, with the year
 * @param stateHonoraryTitle 22
 */
public record Education(@Size(max = 20) String generalEducationCode, @Size(max = 20) String highestQualificationCode,
		@Size(max = 200) String highestQualificationMajor, @Size(max = 20) String politicalTheoryLevelCode,
		@Size(max = 20) String stateManagementLevelCode, @Size(max = 100) String academicTitle,
		Integer academicTitleYear, @Size(max = 200) String stateHonoraryTitle) {
}

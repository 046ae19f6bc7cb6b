package vn.gov.cbccvc.profile.cv;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * Items 12–14.
 *
 * @param occupationBeforeRecruitment 12
 * @param firstRecruitmentDate 13
 * @param recruitingAgency 13
 * @param currentAgencyJoinDate 14
 */
public record Recruitment(@Size(max = 300) String occupationBeforeRecruitment, LocalDate firstRecruitmentDate,
		@Size(max = 300) String recruitingAgency, LocalDate currentAgencyJoinDate) {
}

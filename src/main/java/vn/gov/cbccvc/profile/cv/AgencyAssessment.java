package vn.gov.cbccvc.profile.cv;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** Item 38: the agency's assessment. */
public record AgencyAssessment(@Size(max = 4000) String text, @Size(max = 200) String assessedBy,
		LocalDate assessedOn) {
}

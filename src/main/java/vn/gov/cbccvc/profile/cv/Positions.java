package vn.gov.cbccvc.profile.cv;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** Items 23–29: positions held, planned and concurrent, main work and strengths. */
public record Positions(@Size(max = 200) String currentPosition, LocalDate appointmentDate,
		LocalDate reappointmentDate, @Size(max = 200) String plannedPosition,
		@Size(max = 500) String concurrentPositions, @Size(max = 200) String partyPosition,
		@Size(max = 200) String concurrentPartyPosition, @Size(max = 1000) String mainWork,
		@Size(max = 1000) String strengths, @Size(max = 500) String longestHeldWork) {
}

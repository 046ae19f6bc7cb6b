package vn.gov.cbccvc.demo;

import java.time.LocalDate;

import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.profile.cv.Sex;

/** One person of the demo province and the state their record is left in. */
record DemoPerson(String fullName, Sex sex, LocalDate birthDate, String birthProvince, String unitKey,
		PersonCategory category, String position, String major, DemoState state, int serial) {

	/** Province of birth registration, century-and-sex digit, two-digit birth year, serial (REGULATIONS.md "Identifiers"). */
	String personalIdNumber() {
		int century = birthDate().getYear() / 100 - 19;
		int sexAndCentury = century * 2 + (sex() == Sex.FEMALE ? 1 : 0);
		return birthProvince() + sexAndCentury + String.format("%02d", birthDate().getYear() % 100)
				+ String.format("%06d", serial());
	}

	String fileNumber() {
		return "MAU-" + String.format("%05d", serial());
	}

	enum DemoState {

		/** Approved and signed version 1. */
		APPROVED,
		/** Account issued, self-entry in progress. */
		ENTERING,
		/** Entered and reviewed: locked, waiting for the head's signature. */
		REVIEWED,
		RETIRED, RESIGNED, DECEASED, TRANSFERRED_OUT

	}

}

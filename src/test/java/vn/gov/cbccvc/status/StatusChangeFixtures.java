package vn.gov.cbccvc.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.NewPerson;
import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.SampleCv;
import vn.gov.cbccvc.profile.cv.Sex;

/** An active civil servant of a unit with a complete CV and a personal account, as after onboarding. */
final class StatusChangeFixtures {

	private StatusChangeFixtures() {
	}

	static PersonView activePerson(PersonService people, ProfileService profiles, AccountService accounts,
			long unitId, Sex sex, LocalDate birth) {
		int centuryDigit = (birth.getYear() >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
		String personalId = "001" + centuryDigit + String.format("%02d", birth.getYear() % 100)
				+ String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		PersonView person = people.register(new NewPerson(personalId, "Nguyễn Văn An", sex, birth, unitId,
				PersonCategory.CIVIL_SERVANT, null), "clerk");
		profiles.saveDraft(person.id(), SampleCv.full(SampleCv.identity(personalId, sex, birth)), null, "clerk");
		accounts.createPersonalAccount(person.id(), personalId, "Nguyễn Văn An", unitId, null, "clerk");
		return person;
	}

}

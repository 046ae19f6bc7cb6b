package vn.gov.cbccvc.transfer;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.NewPerson;
import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.SampleCv;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.profile.cv.Sex;

/** An active civil servant of a unit with an approved CV and a personal account, as after onboarding. */
final class TransferFixtures {

	private TransferFixtures() {
	}

	static PersonView activePerson(PersonService people, ProfileService profiles, AccountService accounts,
			long unitId) {
		LocalDate birth = LocalDate.of(1986, 4, 12);
		String personalId = "001086" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		PersonView person = people.register(new NewPerson(personalId, "Đỗ Văn Hải", Sex.MALE, birth, unitId,
				PersonCategory.CIVIL_SERVANT, null), "clerk");
		profiles.saveDraft(person.id(), SampleCv.full(SampleCv.identity(personalId, Sex.MALE, birth)), null, "clerk");
		profiles.approveDraft(person.id(), VersionKind.ONBOARDING, "head");
		accounts.createPersonalAccount(person.id(), personalId, "Đỗ Văn Hải", unitId, null, "clerk");
		return person;
	}

}

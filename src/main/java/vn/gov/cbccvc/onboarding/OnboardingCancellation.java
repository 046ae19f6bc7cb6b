package vn.gov.cbccvc.onboarding;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.approval.ApprovalWaitingList;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.RecordStatus;

/**
 * What a cancelled entry leaves behind, for onboarding and transfer in alike: the person leaves the approval
 * waiting list, the record goes to the archive with the reason, never deleted (TT06 Art. 11.2), and the account,
 * if any, is revoked. Idempotent.
 */
@Component
public class OnboardingCancellation {

	private final PersonService people;

	private final AccountService accounts;

	private final ApprovalWaitingList queue;

	OnboardingCancellation(PersonService people, AccountService accounts, ApprovalWaitingList queue) {
		this.people = people;
		this.accounts = accounts;
		this.queue = queue;
	}

	/** @param username the personal account to revoke, or null when none was issued */
	@Transactional
	public void archive(long personId, String username, String reason) {
		this.queue.remove(personId);
		if (this.people.get(personId).recordStatus() == RecordStatus.ACTIVE) {
			this.people.changeRecordStatus(personId, RecordStatus.CANCELLED, reason,
					LocalDate.now(OnboardingService.ZONE));
		}
		if (username != null) {
			this.accounts.revoke(username, reason, "system");
		}
	}

}

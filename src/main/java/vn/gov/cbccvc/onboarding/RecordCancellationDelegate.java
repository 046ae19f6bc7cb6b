package vn.gov.cbccvc.onboarding;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.approval.ApprovalWaitingList;
import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.RecordStatus;

/**
 * Task_RecordCancellation: the decision was revoked or the person never took up the post. The record goes to the
 * archive with the reason, never deleted (TT06 Art. 11.2); the account, if any, is revoked.
 */
@Component
class RecordCancellationDelegate implements JavaDelegate {

	private final PersonService people;

	private final AccountService accounts;

	private final OnboardingService onboardings;

	private final ApprovalWaitingList queue;

	RecordCancellationDelegate(PersonService people, AccountService accounts, OnboardingService onboardings,
			ApprovalWaitingList queue) {
		this.people = people;
		this.accounts = accounts;
		this.onboardings = onboardings;
		this.queue = queue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long personId = Vars.personId(execution);
		String reason = Vars.text(execution, OnboardingProcess.CANCELLATION_REASON);
		reason = reason == null ? "Hủy tiếp nhận" : reason;
		this.queue.remove(personId);
		if (this.people.get(personId).recordStatus() == RecordStatus.ACTIVE) {
			this.people.changeRecordStatus(personId, RecordStatus.CANCELLED, reason,
					LocalDate.now(OnboardingService.ZONE));
		}
		String username = Vars.text(execution, OnboardingProcess.EMPLOYEE_USERNAME);
		if (username != null) {
			this.accounts.revoke(username, reason, "system");
		}
		Long onboardingId = Vars.onboardingId(execution);
		if (onboardingId != null) {
			this.onboardings.end(onboardingId, OnboardingStatus.CANCELLED, reason);
		}
	}

}

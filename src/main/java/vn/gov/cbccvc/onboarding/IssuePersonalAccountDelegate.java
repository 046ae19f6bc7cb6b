package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.account.AccountWithPassword;
import vn.gov.cbccvc.notification.NotificationService;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;

/**
 * Task_IssuePersonalAccount: one personal account keyed by the personal ID number (TT06 Art. 3.6), idempotent.
 * The temporary password goes to the unit's clerks as a one-time secret to hand over (HY Art. 10.1: "create and
 * provide the account"); it never enters a process variable.
 */
@Component
class IssuePersonalAccountDelegate implements JavaDelegate {

	private final PersonService people;

	private final AccountService accounts;

	private final NotificationService notifications;

	IssuePersonalAccountDelegate(PersonService people, AccountService accounts, NotificationService notifications) {
		this.people = people;
		this.accounts = accounts;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long personId = ((Number) execution.getVariable(OnboardingProcess.PERSON_ID)).longValue();
		PersonView person = this.people.get(personId);
		AccountWithPassword account = this.accounts.createPersonalAccount(personId, person.personalIdNumber(),
				person.fullName(), person.unitId());
		execution.setVariable(OnboardingProcess.EMPLOYEE_USERNAME, account.account().username());
		if (account.temporaryPassword() != null) {
			this.notifications.notifyWithSecret((String) execution.getVariable(OnboardingProcess.ACCOUNT_GROUP),
					"ACCOUNT_ISSUED", "Đã cấp tài khoản cho " + person.fullName(),
					"Bàn giao tài khoản và mật khẩu tạm cho người được tuyển dụng (xem một lần).",
					account.temporaryPassword(), "/ho-so/ho-so.html?personId=" + personId);
		}
	}

}

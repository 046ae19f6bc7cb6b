package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.approval.ApprovalWaitingList;
import vn.gov.cbccvc.notification.NotificationService;
import vn.gov.cbccvc.profile.ProfileService;

/**
 * Task_ReturnToEmployee: the reviewer or the head sent the record back with reasons (DN Art. 7.2): the draft opens
 * for editing again, the reasons are kept and sent to the employee, and a fresh self-entry deadline starts.
 */
@Component
class ReturnToEmployeeDelegate implements JavaDelegate {

	private final ProfileService profiles;

	private final OnboardingReturns returns;

	private final ApprovalWaitingList queue;

	private final NotificationService notifications;

	ReturnToEmployeeDelegate(ProfileService profiles, OnboardingReturns returns, ApprovalWaitingList queue,
			NotificationService notifications) {
		this.profiles = profiles;
		this.returns = returns;
		this.queue = queue;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long personId = Vars.personId(execution);
		String step;
		String reasons;
		String by;
		if (Boolean.FALSE.equals(execution.getVariable(OnboardingProcess.REVIEW_PASSED))) {
			step = "REVIEW";
			reasons = Vars.text(execution, OnboardingProcess.REVIEW_REASONS);
			by = Vars.text(execution, OnboardingProcess.REVIEWED_BY);
		}
		else if (Boolean.FALSE.equals(execution.getVariable(OnboardingProcess.HEAD_APPROVED))) {
			step = "APPROVAL";
			reasons = Vars.text(execution, OnboardingProcess.APPROVAL_REASONS);
			by = Vars.text(execution, OnboardingProcess.APPROVED_BY);
		}
		else {
			step = "MONTHLY_WINDOW";
			reasons = Vars.text(execution, OnboardingProcess.WINDOW_REASONS);
			by = Vars.text(execution, OnboardingProcess.APPROVED_BY);
		}
		reasons = reasons == null || reasons.isBlank() ? "(không ghi lý do)" : reasons;
		this.profiles.setDraftLocked(personId, false, by == null ? "system" : by);
		this.queue.remove(personId);
		Long onboardingId = Vars.onboardingId(execution);
		if (onboardingId != null) {
			this.returns.record(onboardingId, step, reasons, by == null ? "system" : by);
		}
		this.notifications.notify(Vars.text(execution, OnboardingProcess.EMPLOYEE_USERNAME), "RETURNED",
				"Hồ sơ được trả lại để bổ sung", reasons, "/ho-so/ho-so.html?personId=" + personId);
		// the next round decides afresh
		execution.removeVariable(OnboardingProcess.REVIEW_PASSED);
		execution.removeVariable(OnboardingProcess.HEAD_APPROVED);
		execution.removeVariable(OnboardingProcess.WINDOW_APPROVED);
	}

}

package vn.gov.cbccvc.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.notification.NotificationService;
import vn.gov.cbccvc.profile.ProfileService;

/** Task_ReturnProposal: the proposal goes back to the employee with the reasons, unlocked for correction. */
@Component
class ReturnProposalDelegate implements JavaDelegate {

	private final ProfileService profiles;

	private final NotificationService notifications;

	ReturnProposalDelegate(ProfileService profiles, NotificationService notifications) {
		this.profiles = profiles;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.profiles.setDraftLocked(Vars.personId(execution), false, "system");
		this.notifications.notify(Vars.text(execution, DataChangeProcess.EMPLOYEE_USERNAME), "RETURNED",
				"Đề nghị cập nhật thay đổi bị trả lại / Change of data returned",
				Vars.text(execution, DataChangeProcess.RETURN_REASONS), null);
	}

}

package vn.gov.cbccvc.status;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.workflow.CompletingUsers;
import vn.gov.cbccvc.workflow.UserTasks;

/**
 * Completion of a step from Tasklist or the API: preparing completes and checks the effective document (TT06
 * Art. 11.2, HY Art. 11.3, HCM Art. 8.4), the head's signature needs its decision (a return its reasons, TT06
 * Art. 8.4); remembers who prepared and who signed, as the signer's key signs the version.
 */
@Component
class StatusChangeActors implements TaskListener {

	private static final Map<String, String> VARIABLE_BY_TASK = Map.of(StatusChangeProcess.TASK_PREPARE,
			StatusChangeProcess.PREPARED_BY, StatusChangeProcess.TASK_SIGN, StatusChangeProcess.SIGNED_BY);

	private final IdentityService identity;

	private final StatusChangeService requests;

	StatusChangeActors(IdentityService identity, StatusChangeService requests) {
		this.identity = identity;
		this.requests = requests;
	}

	@Override
	public void notify(DelegateTask task) {
		if (StatusChangeProcess.TASK_PREPARE.equals(task.getTaskDefinitionKey())) {
			this.requests.completeDocument(Vars.statusChangeId(task), StatusChangeService.DocumentDetails.of(task));
		}
		else if (StatusChangeProcess.TASK_SIGN.equals(task.getTaskDefinitionKey())) {
			UserTasks.Decision.require(task, StatusChangeProcess.HEAD_SIGNED, StatusChangeProcess.HEAD_REASONS);
		}
		CompletingUsers.record(this.identity, task, VARIABLE_BY_TASK);
	}

}

package vn.gov.cbccvc.transfer;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.workflow.CompletingUsers;
import vn.gov.cbccvc.workflow.UserTasks;

/**
 * Completion of a step from Tasklist or the API: acceptance and signature need their decision (a refusal or a
 * return its reasons, TT06 Art. 8.4); remembers who handed over, accepted, prepared and signed, as the signer's
 * key signs.
 */
@Component
class TransferActors implements TaskListener {

	private static final Map<String, String> VARIABLE_BY_TASK = Map.of(
			TransferProcess.TASK_HAND_OVER, TransferProcess.HANDED_OVER_BY,
			TransferProcess.TASK_ACCEPT, TransferProcess.ACCEPTED_BY,
			TransferProcess.TASK_SIGN, TransferProcess.SIGNED_BY,
			TransferProcess.TASK_PREPARE_OUT, TransferProcess.PREPARED_BY,
			TransferProcess.TASK_SIGN_OUT, TransferProcess.SIGNED_BY);

	private final IdentityService identity;

	TransferActors(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		String step = task.getTaskDefinitionKey();
		if (TransferProcess.TASK_ACCEPT.equals(step)) {
			UserTasks.Decision.require(task, TransferProcess.ACCEPTED, TransferProcess.REFUSAL_REASONS);
		}
		else if (TransferProcess.TASK_SIGN.equals(step) || TransferProcess.TASK_SIGN_OUT.equals(step)) {
			UserTasks.Decision.require(task, TransferProcess.HEAD_SIGNED, TransferProcess.HEAD_REASONS);
		}
		CompletingUsers.record(this.identity, task, VARIABLE_BY_TASK);
	}

}

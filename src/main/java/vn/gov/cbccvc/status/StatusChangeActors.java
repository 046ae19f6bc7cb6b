package vn.gov.cbccvc.status;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.workflow.CompletingUsers;

/** Remembers who prepared and who signed (from Tasklist or the API): the signer's key signs the version. */
@Component
class StatusChangeActors implements TaskListener {

	private static final Map<String, String> VARIABLE_BY_TASK = Map.of(StatusChangeProcess.TASK_PREPARE,
			StatusChangeProcess.PREPARED_BY, StatusChangeProcess.TASK_SIGN, StatusChangeProcess.SIGNED_BY);

	private final IdentityService identity;

	StatusChangeActors(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		CompletingUsers.record(this.identity, task, VARIABLE_BY_TASK);
	}

}

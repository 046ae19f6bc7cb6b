package vn.gov.cbccvc.change;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.workflow.CompletingUsers;

/** Remembers who proposed, reviewed and approved (from Tasklist or the API): the approver's key signs the version. */
@Component
class DataChangeActors implements TaskListener {

	private static final Map<String, String> VARIABLE_BY_TASK = Map.of(DataChangeProcess.TASK_PROPOSE,
			DataChangeProcess.PROPOSED_BY, DataChangeProcess.TASK_REVIEW, DataChangeProcess.REVIEWED_BY,
			DataChangeProcess.TASK_APPROVE, DataChangeProcess.APPROVED_BY);

	private final IdentityService identity;

	DataChangeActors(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		CompletingUsers.record(this.identity, task, VARIABLE_BY_TASK);
	}

}

package vn.gov.cbccvc.change;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.workflow.CompletingUsers;
import vn.gov.cbccvc.workflow.UserTasks;

/**
 * Completion of a step from Tasklist or the API: the review and the approval need their decision (a return its
 * reasons, TT06 Art. 6.3, HY Art. 10.5); remembers who proposed, reviewed and approved, as the approver's key
 * signs the version.
 */
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
		if (DataChangeProcess.TASK_REVIEW.equals(task.getTaskDefinitionKey())) {
			UserTasks.Decision.require(task, DataChangeProcess.REVIEW_PASSED, DataChangeProcess.RETURN_REASONS);
		}
		else if (DataChangeProcess.TASK_APPROVE.equals(task.getTaskDefinitionKey())) {
			UserTasks.Decision.require(task, DataChangeProcess.HEAD_APPROVED, DataChangeProcess.RETURN_REASONS);
		}
		CompletingUsers.record(this.identity, task, VARIABLE_BY_TASK);
	}

}

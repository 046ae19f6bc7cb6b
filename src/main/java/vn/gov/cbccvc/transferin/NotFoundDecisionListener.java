package vn.gov.cbccvc.transferin;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ResolveNotFound completed (from Tasklist or {@code POST /api/transfer-in-tasks/{id}/not-found}): the
 * decision must be there, a cancellation needs its reason (TT06 Art. 11.1b).
 */
@Component("transferInNotFoundDecision")
class NotFoundDecisionListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		task.setVariables(NotFoundDecision.of(task).variables());
	}

}

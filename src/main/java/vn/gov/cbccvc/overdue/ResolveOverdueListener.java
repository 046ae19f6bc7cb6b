package vn.gov.cbccvc.overdue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A step with a deadline ended (done, or cancelled with the instance): its overdue item, if any, is closed. */
@Component
class ResolveOverdueListener implements ExecutionListener {

	private final OverdueService overdue;

	ResolveOverdueListener(OverdueService overdue) {
		this.overdue = overdue;
	}

	@Override
	public void notify(DelegateExecution execution) {
		this.overdue.resolve(execution.getProcessInstanceId(), null);
	}

}

package vn.gov.cbccvc.transferin;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_PullFromNational completed: who at DoHA pulled (the origin's "pulled by"). */
@Component
class TransferInPuller implements TaskListener {

	private final IdentityService identity;

	TransferInPuller(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		var auth = this.identity.getCurrentAuthentication();
		String user = auth != null ? auth.getUserId() : task.getAssignee();
		if (user != null) {
			task.getExecution().setVariable(TransferInProcess.PULLED_BY, user);
		}
	}

}

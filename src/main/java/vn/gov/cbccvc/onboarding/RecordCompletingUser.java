package vn.gov.cbccvc.onboarding;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.workflow.CompletingUsers;

/**
 * Remembers who completed a step (from Tasklist or the API), because that person signs what follows: the
 * employee's completion, the reviewer's verification, the head's approval.
 */
@Component
class RecordCompletingUser implements TaskListener {

	private static final Map<String, String> VARIABLE_BY_TASK = Map.of(OnboardingProcess.TASK_ENTER_PROFILE,
			OnboardingProcess.ENTERED_BY, OnboardingProcess.TASK_REVIEW, OnboardingProcess.REVIEWED_BY,
			OnboardingProcess.TASK_APPROVE, OnboardingProcess.APPROVED_BY);

	private final IdentityService identity;

	RecordCompletingUser(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void notify(DelegateTask task) {
		CompletingUsers.record(this.identity, task, VARIABLE_BY_TASK);
	}

}

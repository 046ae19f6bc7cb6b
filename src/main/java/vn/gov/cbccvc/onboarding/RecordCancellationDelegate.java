package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordCancellation: the decision was revoked or the person never took up the post. The record goes to the
 * archive with the reason, never deleted (TT06 Art. 11.2); the account, if any, is revoked.
 */
@Component
class RecordCancellationDelegate implements JavaDelegate {

	private final OnboardingCancellation cancellation;

	private final OnboardingService onboardings;

	RecordCancellationDelegate(OnboardingCancellation cancellation, OnboardingService onboardings) {
		this.cancellation = cancellation;
		this.onboardings = onboardings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reason = Vars.text(execution, OnboardingProcess.CANCELLATION_REASON);
		reason = reason == null ? "Hủy tiếp nhận" : reason;
		this.cancellation.archive(Vars.personId(execution),
				Vars.text(execution, OnboardingProcess.EMPLOYEE_USERNAME), reason);
		Long onboardingId = Vars.onboardingId(execution);
		if (onboardingId != null) {
			this.onboardings.end(onboardingId, OnboardingStatus.CANCELLED, reason);
		}
	}

}

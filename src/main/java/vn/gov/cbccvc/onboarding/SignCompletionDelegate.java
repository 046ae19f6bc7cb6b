package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.signature.SignaturePurpose;

/** Task_SignCompletion: the employee signs the completed entry (HCM Art. 7.2). */
@Component
class SignCompletionDelegate implements JavaDelegate {

	private final ProfileSigning signing;

	SignCompletionDelegate(ProfileSigning signing) {
		this.signing = signing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String signer = Vars.text(execution, OnboardingProcess.ENTERED_BY);
		execution.setVariable("completionSignatureId", this.signing.signDraft(Vars.personId(execution),
				SignaturePurpose.COMPLETION, signer != null ? signer : Vars.text(execution, OnboardingProcess.EMPLOYEE_USERNAME)));
	}

}

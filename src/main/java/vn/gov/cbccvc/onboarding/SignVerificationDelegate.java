package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.signature.SignaturePurpose;

/** Task_SignVerification: the reviewer verifies the reviewed record by signature (HCM Art. 7.2a, 7.2b). */
@Component
class SignVerificationDelegate implements JavaDelegate {

	private final ProfileSigning signing;

	SignVerificationDelegate(ProfileSigning signing) {
		this.signing = signing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("verificationSignatureId", this.signing.signDraft(Vars.personId(execution),
				SignaturePurpose.VERIFICATION, Vars.text(execution, OnboardingProcess.REVIEWED_BY)));
	}

}

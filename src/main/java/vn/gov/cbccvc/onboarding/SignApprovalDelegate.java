package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.profile.VersionKind;

/** Task_SignApproval: the approved, signed, immutable version (TT06 Art. 6.4, 7.1, 8.4; HY Art. 10.4; HCM Art. 7.2). */
@Component
class SignApprovalDelegate implements JavaDelegate {

	private final ProfileSigning signing;

	SignApprovalDelegate(ProfileSigning signing) {
		this.signing = signing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String kind = Vars.text(execution, OnboardingProcess.VERSION_KIND);
		ProfileSigning.SignedVersion signed = this.signing.approveAndSign(Vars.personId(execution),
				Vars.text(execution, OnboardingProcess.APPROVED_BY),
				kind == null ? VersionKind.ONBOARDING : VersionKind.valueOf(kind));
		execution.setVariable(OnboardingProcess.VERSION_ID, signed.versionId());
		execution.setVariable("approvalSignatureId", signed.signatureId());
	}

}

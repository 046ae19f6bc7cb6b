package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.approval.ApprovalWaitingList;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.ruleset.DeadlineMode;

/**
 * Task_LockProfile: after the review the record is locked for editing (HY Art. 10.3) and its hash kept, so what
 * the head signs is exactly what was reviewed; under monthly windows it joins the unit's approval queue.
 */
@Component
class LockProfileDelegate implements JavaDelegate {

	private final ProfileService profiles;

	private final ProfileSigning signing;

	private final ApprovalWaitingList queue;

	LockProfileDelegate(ProfileService profiles, ProfileSigning signing, ApprovalWaitingList queue) {
		this.profiles = profiles;
		this.signing = signing;
		this.queue = queue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long personId = Vars.personId(execution);
		this.profiles.setDraftLocked(personId, true, Vars.text(execution, OnboardingProcess.REVIEWED_BY));
		String hash = this.signing.draftHash(personId);
		execution.setVariable(OnboardingProcess.REVIEWED_SHA256, hash);
		if (DeadlineMode.MONTHLY_WINDOW.name().equals(execution.getVariable(OnboardingProcess.APPROVAL_MODE))) {
			this.queue.add(personId, Vars.unitId(execution), Vars.onboardingId(execution),
					execution.getProcessInstanceId(), hash, Vars.flag(execution, OnboardingProcess.HEADS_OWN_RECORD));
		}
	}

}

package vn.gov.cbccvc.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An onboarding as the API shows it. */
public record OnboardingView(long id, long personId, long unitId, RecruitmentBasis basis, String decisionNumber,
		LocalDate decisionDate, String decisionSigner, String ruleSet, String processInstanceId, String businessKey,
		OnboardingStatus status, String statusReason, OffsetDateTime startedAt, String startedBy,
		OffsetDateTime endedAt) {

	static OnboardingView of(Onboarding o) {
		return new OnboardingView(o.getId(), o.getPersonId(), o.getUnitId(), o.getBasis(), o.getDecisionNumber(),
				o.getDecisionDate(), o.getDecisionSigner(), o.getRuleSet(), o.getProcessInstanceId(),
				OnboardingProcess.businessKey(o.getPersonId()), o.getStatus(), o.getStatusReason(), o.getStartedAt(),
				o.getStartedBy(), o.getEndedAt());
	}

}

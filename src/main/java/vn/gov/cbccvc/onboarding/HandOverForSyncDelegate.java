package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.sync.SyncQueue;

/** Task_HandOverForSync: the signed version waits for the national sync; the onboarding is complete. */
@Component
class HandOverForSyncDelegate implements JavaDelegate {

	private final SyncQueue syncQueue;

	private final OnboardingService onboardings;

	HandOverForSyncDelegate(SyncQueue syncQueue, OnboardingService onboardings) {
		this.syncQueue = syncQueue;
		this.onboardings = onboardings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long versionId = ((Number) execution.getVariable(OnboardingProcess.VERSION_ID)).longValue();
		this.syncQueue.enqueue(versionId, Vars.personId(execution));
		Long onboardingId = Vars.onboardingId(execution);
		if (onboardingId != null) {
			this.onboardings.end(onboardingId, OnboardingStatus.APPROVED, null);
		}
	}

}

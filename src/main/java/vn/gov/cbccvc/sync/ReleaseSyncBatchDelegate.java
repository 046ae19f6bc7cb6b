package vn.gov.cbccvc.sync;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ReleaseDecidedVersions}: one chunk per job; sets {@code releasedAll}. */
@Component("releaseSyncBatchDelegate")
class ReleaseSyncBatchDelegate implements JavaDelegate {

	private final SyncBatchRelease release;

	ReleaseSyncBatchDelegate(SyncBatchRelease release) {
		this.release = release;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long batchId = ((Number) execution.getVariable(SyncVars.SYNC_BATCH_ID)).longValue();
		execution.setVariable("releasedAll", this.release.releaseNextChunk(batchId));
	}

}

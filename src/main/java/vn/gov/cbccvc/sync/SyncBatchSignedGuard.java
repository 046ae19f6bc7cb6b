package vn.gov.cbccvc.sync;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.DomainException;

/**
 * The director's batch task completes only through {@code POST /api/sync-batches/{id}/sign}: completed from a
 * generic Tasklist form, the batch would end unsigned with its versions still held in it.
 */
@Component("syncBatchSignedGuard")
class SyncBatchSignedGuard implements TaskListener {

	private final SyncBatchStore batches;

	SyncBatchSignedGuard(SyncBatchStore batches) {
		this.batches = batches;
	}

	@Override
	public void notify(DelegateTask task) {
		long batchId = ((Number) task.getVariable(SyncVars.SYNC_BATCH_ID)).longValue();
		if (!SyncBatch.SIGNED.equals(this.batches.require(batchId).status())) {
			throw DomainException.conflict("sync-batch.sign-through-api",
					"Lô đồng bộ phải được ký số qua trang ký lô (POST /api/sync-batches/" + batchId + "/sign)",
					"Sign the sync batch through POST /api/sync-batches/" + batchId + "/sign");
		}
	}

}

package vn.gov.cbccvc.sync;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.approval.EngineClock;

/**
 * After the director's decision the waiting syncs go on, one chunk per call (its own job and transaction): each
 * version's Process_NationalSync is told by business key, then the chunk's sync states move in bulk. A retried
 * chunk tells nothing twice: released entries are skipped and an instance no longer waiting is not matched.
 */
@Service
class SyncBatchRelease {

	private static final Logger log = LoggerFactory.getLogger(SyncBatchRelease.class);

	private final SyncBatchStore batches;

	private final RuntimeService runtime;

	private final EngineClock clock;

	private final SyncProperties properties;

	SyncBatchRelease(SyncBatchStore batches, RuntimeService runtime, EngineClock clock, SyncProperties properties) {
		this.batches = batches;
		this.runtime = runtime;
		this.clock = clock;
		this.properties = properties;
	}

	/** Releases the next chunk; true when none is left. */
	@Transactional
	public boolean releaseNextChunk(long batchId) {
		List<SyncBatchEntry> chunk = this.batches.nextToRelease(batchId, this.properties.batch().releaseChunk());
		if (chunk.isEmpty()) {
			return true;
		}
		for (SyncBatchEntry entry : chunk) {
			int told = this.runtime.createMessageCorrelation(SyncVars.BATCH_DECIDED_MESSAGE)
				.processInstanceBusinessKey(SyncQueue.businessKey(entry.versionId()))
				.setVariables(Variables.putValue(SyncVars.DIRECTOR_DECISION, entry.decision())
					.putValue(SyncVars.SYNC_BATCH_ID, batchId)
					.putValue(SyncVars.DIRECTOR_REASON, entry.reason()))
				.correlateAllWithResult()
				.size();
			if (told == 0) {
				// cancelled by an operator in Cockpit: the batch goes on, the sync state says what happened
				log.warn("Sync batch {}: no sync of version {} was waiting", batchId, entry.versionId());
			}
		}
		this.batches.markReleased(batchId, chunk.get(chunk.size() - 1).versionId(), this.clock.nowInZone());
		return chunk.size() < this.properties.batch().releaseChunk();
	}

}

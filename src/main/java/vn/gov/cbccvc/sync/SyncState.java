package vn.gov.cbccvc.sync;

import java.time.OffsetDateTime;

/**
 * Where one version is in the national sync.
 *
 * @param status QUEUED, SENT, ACKNOWLEDGED, REJECTED; where the director signs the sync (HY Art. 8.4)
 *        also WAITING_FOR_DIRECTOR and RETURNED_BY_DIRECTOR
 * @param reason the national refusal, or the last technical failure while waiting for a retry
 * @param lagSeconds acknowledged_at − queued_at, once acknowledged
 * @param syncBatchId the director's sync batch the version is in (null: not in one, or no batch needed)
 */
public record SyncState(long versionId, long personId, String status, String reason, int attempts,
		String idempotencyKey, String receiptId, OffsetDateTime queuedAt, OffsetDateTime sentAt,
		OffsetDateTime acknowledgedAt, Long lagSeconds, String processInstanceId, Long syncBatchId) {
}

package vn.gov.cbccvc.sync;

import java.time.OffsetDateTime;

/**
 * Where one version is in the national sync.
 *
 * @param status QUEUED, SENT, ACKNOWLEDGED or REJECTED
 * @param reason the national refusal, or the last technical failure while waiting for a retry
 * @param lagSeconds acknowledged_at − queued_at, once acknowledged
 */
public record SyncState(long versionId, long personId, String status, String reason, int attempts,
		String idempotencyKey, String receiptId, OffsetDateTime queuedAt, OffsetDateTime sentAt,
		OffsetDateTime acknowledgedAt, Long lagSeconds, String processInstanceId) {
}

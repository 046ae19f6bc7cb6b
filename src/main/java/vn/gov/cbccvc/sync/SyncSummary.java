package vn.gov.cbccvc.sync;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * @param counts versions per state
 * @param oldestWaitingSince queued_at of the oldest version not yet acknowledged nor rejected
 * @param maxLagSeconds the longest acknowledged_at − queued_at seen
 * @param averageLagSeconds the mean of acknowledged_at − queued_at
 */
public record SyncSummary(Map<String, Long> counts, OffsetDateTime oldestWaitingSince, Long maxLagSeconds,
		Double averageLagSeconds) {
}

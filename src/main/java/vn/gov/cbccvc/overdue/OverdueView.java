package vn.gov.cbccvc.overdue;

import java.time.Instant;

public record OverdueView(long id, String processInstanceId, String businessKey, String processKey,
		String deadlineKey, String taskName, long unitId, Long personId, String responsible, String escalatedTo,
		String article, Instant dueAt, Instant detectedAt, Instant resolvedAt) {
}

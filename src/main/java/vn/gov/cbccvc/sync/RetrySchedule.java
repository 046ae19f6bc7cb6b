package vn.gov.cbccvc.sync;

import java.time.Duration;

/**
 * Decreasing retries with exponential back-off for technical failures (CAMUNDA-PRACTICE "External tasks"): the
 * n-th failure waits base × 2^(n-1), capped; when no retries are left Camunda raises an incident.
 */
record RetrySchedule(int retries, Duration base, Duration max) {

	/** Retries left after this failure; {@code current} is the task's retries (null before any failure). */
	int retriesAfterFailure(Integer current) {
		int left = current == null ? this.retries : current;
		return Math.max(0, left - 1);
	}

	/** Wait before the next attempt after the failure that leaves {@code retriesLeft}. */
	Duration waitAfterFailure(int retriesLeft) {
		int failures = Math.max(1, this.retries - retriesLeft);
		long millis = this.base.toMillis();
		for (int i = 1; i < failures && millis < this.max.toMillis(); i++) {
			millis *= 2;
		}
		return Duration.ofMillis(Math.min(millis, this.max.toMillis()));
	}

}

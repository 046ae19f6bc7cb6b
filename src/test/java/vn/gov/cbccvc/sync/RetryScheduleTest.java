package vn.gov.cbccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

	private final RetrySchedule schedule = new RetrySchedule(8, Duration.ofSeconds(10), Duration.ofMinutes(30));

	@Test
	void eightRetriesDecreaseToAnIncident_waitsDoubleFromTenSecondsCappedAtThirtyMinutes() {
		List<Duration> waits = new ArrayList<>();
		List<Integer> lefts = new ArrayList<>();
		Integer retries = null;
		for (int failure = 1; failure <= 8; failure++) {
			int left = this.schedule.retriesAfterFailure(retries);
			lefts.add(left);
			waits.add(this.schedule.waitAfterFailure(left));
			retries = left;
		}
		assertThat(lefts).containsExactly(7, 6, 5, 4, 3, 2, 1, 0);
		assertThat(waits.subList(0, 7)).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20),
				Duration.ofSeconds(40), Duration.ofSeconds(80), Duration.ofSeconds(160), Duration.ofSeconds(320),
				Duration.ofSeconds(640));
		assertThat(waits.get(7)).isEqualTo(Duration.ofSeconds(1280));
	}

	@Test
	void manyRetries_waitNeverExceedsTheCap() {
		RetrySchedule long_ = new RetrySchedule(40, Duration.ofSeconds(10), Duration.ofMinutes(30));
		assertThat(long_.waitAfterFailure(1)).isEqualTo(Duration.ofMinutes(30));
		assertThat(long_.waitAfterFailure(36)).isEqualTo(Duration.ofSeconds(80));
		assertThat(long_.waitAfterFailure(30)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void retriesNeverGoBelowZero() {
		assertThat(this.schedule.retriesAfterFailure(0)).isZero();
	}

}

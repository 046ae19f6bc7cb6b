package vn.gov.cbccvc.support;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The {@code deadlines} bean of engine-only process tests: every step is due a week after the engine's now and
 * already followed up; remembers what each deadline was counted from so a test can assert the base date. The
 * real periods are proven by the per-rule-set deadline tests on the working-day calendar.
 */
public class WeekLongDeadlines {

	private final Map<String, Object> from;

	public WeekLongDeadlines(Map<String, Object> from) {
		this.from = from;
	}

	public Date dueDateTime(String key, Object start) {
		this.from.put(key, start);
		return new Date(ClockUtil.getCurrentTime().getTime() + 7L * 24 * 3600 * 1000);
	}

	public Date followUpDateTime(String key, Object start) {
		return ClockUtil.getCurrentTime();
	}

}

package vn.gov.cbccvc.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.calendar.WorkingDayCalendar;

/**
 * The director-signed monthly sync batch under HY (HY Art. 8.4: signed in the last 5 working days of the month),
 * driven through its API once that feature exists: moves the engine clock of this JVM into the window, waits for
 * the batch that holds the versions, and signs every batch not yet signed.
 */
final class SyncBatches {

	private static final int WINDOW_WORKING_DAYS = 5;

	private SyncBatches() {
	}

	static void signOpenBatches(ProvinceNode node, String director, String password, String path) {
		moveClockIntoWindow(node.bean(WorkingDayCalendar.class));
		runDailyStartTimer(node.bean(ManagementService.class));
		List<Long> open = new ArrayList<>();
		Waits.until("an unsigned sync batch at " + path, Duration.ofSeconds(60), () -> {
			open.clear();
			open.addAll(unsigned(node.get(director, password, path).getBody()));
			return !open.isEmpty();
		});
		for (long id : open) {
			int status = node.post(director, password, path + "/" + id + "/sign", null).getStatusCode().value();
			if (status >= 300) {
				throw new AssertionError("signing sync batch " + id + " answered " + status);
			}
		}
	}

	/** What 00:05 does each day: Process_SyncBatch plans the month's window (cut at once when it is open). */
	private static void runDailyStartTimer(ManagementService management) {
		Job timer = management.createJobQuery().processDefinitionKey("Process_SyncBatch").timers()
			.activityId("StartEvent_EveryDay").singleResult();
		if (timer != null) {
			management.executeJob(timer.getId());
		}
	}

	/** A list, or a page with {@code content}; entries with an {@code id} and a {@code status} other than SIGNED. */
	private static List<Long> unsigned(JsonNode body) {
		List<Long> ids = new ArrayList<>();
		JsonNode items = body == null ? null : body.isArray() ? body : body.get("content");
		if (items != null) {
			for (JsonNode item : items) {
				if (item.hasNonNull("id") && !"SIGNED".equals(item.path("status").asText())) {
					ids.add(item.get("id").asLong());
				}
			}
		}
		return ids;
	}

	/**
	 * The engine clock is JVM-wide: every node in this JVM moves with it. It keeps running (an offset, not a frozen
	 * time), so the job executors and lock expiry behave as in production.
	 */
	private static void moveClockIntoWindow(WorkingDayCalendar calendar) {
		ZoneId zone = ZoneId.of(CbccvcApplication.ZONE);
		ZonedDateTime now = ZonedDateTime.now(zone);
		LocalDate target = windowDay(calendar, YearMonth.from(now));
		if (target.isBefore(now.toLocalDate())) {
			target = windowDay(calendar, YearMonth.from(now).plusMonths(1));
		}
		List<LocalDate> window = lastWorkingDays(calendar, YearMonth.from(now));
		if (window.contains(now.toLocalDate())) {
			return;
		}
		ZonedDateTime at = target.atTime(LocalTime.of(10, 0)).atZone(zone);
		ClockUtil.offset(Duration.between(now, at).toMillis());
	}

	private static LocalDate windowDay(WorkingDayCalendar calendar, YearMonth month) {
		List<LocalDate> window = lastWorkingDays(calendar, month);
		return window.get(window.size() / 2);
	}

	private static List<LocalDate> lastWorkingDays(WorkingDayCalendar calendar, YearMonth month) {
		List<LocalDate> days = calendar.workingDaysOf(month);
		return days.subList(Math.max(0, days.size() - WINDOW_WORKING_DAYS), days.size());
	}

}

package vn.gov.cbccvc.calendar;

import java.time.Instant;

/** A loaded year as listed by {@code GET /api/calendar/years}. */
public record CalendarYearSummary(int year, String source, boolean provisional, Instant loadedAt, String loadedBy,
		int listedDays) {
}

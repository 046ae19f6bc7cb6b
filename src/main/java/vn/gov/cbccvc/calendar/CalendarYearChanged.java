package vn.gov.cbccvc.calendar;

/**
 * Published (inside the writing transaction) when an administrator loads or replaces a calendar year, so that
 * open timers computed with the old days can be recomputed. Listen with {@code @TransactionalEventListener} to
 * act after commit.
 */
public record CalendarYearChanged(int year) {
}

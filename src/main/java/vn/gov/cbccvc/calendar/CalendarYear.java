package vn.gov.cbccvc.calendar;

import java.util.List;

/**
 * The content of one calendar year as shipped in {@code calendar/vn-<year>.yaml} and as accepted by
 * {@code PUT /api/calendar/years/{year}}.
 *
 * @param year the year
 * @param source the decision or notice that fixes the schedule (e.g. notice 9441/TB-BNV)
 * @param provisional true when computed from the Labour Code because no schedule is published yet
 * @param days the holidays, make-up days and swapped days; every other day follows the week
 */
public record CalendarYear(Integer year, String source, Boolean provisional, List<CalendarDay> days) {
}

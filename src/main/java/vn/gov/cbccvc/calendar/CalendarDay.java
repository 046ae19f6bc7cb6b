package vn.gov.cbccvc.calendar;

import java.time.LocalDate;

/** One listed day of a calendar year: a holiday, a make-up day or a swapped day. */
public record CalendarDay(LocalDate date, DayKind kind, String nameVi, String nameEn) {
}

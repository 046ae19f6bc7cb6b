package vn.gov.cbccvc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/** The listed days of one loaded year; decides whether a date of that year is a working day. */
record YearDays(int year, Map<LocalDate, DayKind> listed) {

	boolean isWorkingDay(LocalDate date) {
		DayKind kind = this.listed.get(date);
		if (kind != null) {
			return kind.isWorking();
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

}

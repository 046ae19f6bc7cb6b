package vn.gov.cbccvc.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Vietnam's working days: Monday to Friday, minus public holidays (Labour Code 2019 Art. 112) and their
 * make-up days, plus Saturdays the government swaps into working days. Every deadline of the product is
 * computed here; a year without loaded data is an error, never silently weekdays only.
 */
public interface WorkingDayCalendar {

	boolean isWorkingDay(LocalDate date);

	/**
	 * The due date of "within {@code workingDays} working days from {@code from}": the day of the event is not
	 * counted, the n-th working day after it is the last day allowed.
	 */
	LocalDate addWorkingDays(LocalDate from, int workingDays);

	/** The working days of a month, in order (for monthly windows such as "the last 5 working days"). */
	List<LocalDate> workingDaysOf(YearMonth month);

}

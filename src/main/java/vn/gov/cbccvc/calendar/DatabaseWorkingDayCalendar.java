package vn.gov.cbccvc.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.gov.cbccvc.common.DomainException;

/**
 * The working-day calendar read from the database on each computation (one indexed query per span of years), so
 * a year loaded or replaced on one node is seen by all nodes at once: no cache to go stale.
 */
@Service
class DatabaseWorkingDayCalendar implements WorkingDayCalendar {

	/** Working days per year are about 245: a span of n working days needs at most n / 200 + 1 more years. */
	private static final int WORKING_DAYS_PER_YEAR_LOW = 200;

	private final CalendarRepository repository;

	DatabaseWorkingDayCalendar(CalendarRepository repository) {
		this.repository = repository;
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return new LoadedYears(date.getYear(), date.getYear()).isWorkingDay(date);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate from, int workingDays) {
		if (workingDays < 0) {
			throw DomainException.invalid("working-days-negative", "Số ngày làm việc không được âm: " + workingDays,
					"The number of working days must not be negative: " + workingDays);
		}
		LoadedYears years = new LoadedYears(from.getYear(), from.getYear() + 1 + workingDays / WORKING_DAYS_PER_YEAR_LOW);
		// The day of the event itself must be in a loaded year too: a due date from an unknown year is a guess.
		years.require(from.getYear());
		LocalDate day = from;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (years.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	@Override
	public List<LocalDate> workingDaysOf(YearMonth month) {
		LoadedYears years = new LoadedYears(month.getYear(), month.getYear());
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
			if (years.isWorkingDay(d)) {
				days.add(d);
			}
		}
		return days;
	}

	/** The years one computation reads; a year outside the first span is read when first needed. */
	private final class LoadedYears {

		private final Map<Integer, YearDays> years = new HashMap<>();

		private int loadedTo;

		LoadedYears(int from, int to) {
			this.years.putAll(DatabaseWorkingDayCalendar.this.repository.findDays(from, to));
			this.loadedTo = to;
		}

		YearDays require(int year) {
			if (year > this.loadedTo) {
				this.years.putAll(DatabaseWorkingDayCalendar.this.repository.findDays(year, year + 1));
				this.loadedTo = year + 1;
			}
			YearDays days = this.years.get(year);
			if (days == null) {
				throw new CalendarYearMissingException(year);
			}
			return days;
		}

		boolean isWorkingDay(LocalDate date) {
			return require(date.getYear()).isWorkingDay(date);
		}

	}

}

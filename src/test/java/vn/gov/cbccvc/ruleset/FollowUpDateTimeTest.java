package vn.gov.cbccvc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.calendar.WorkingDayCalendar;

/** The follow-up ("due soon") date of a task: two working days before its due day, never before its start. */
class FollowUpDateTimeTest {

	/** Weekdays minus Tết 2026 (16–20 February), enough for these cases. */
	static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar() {

		final Set<LocalDate> tet = Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
				LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));

		@Override
		public boolean isWorkingDay(LocalDate date) {
			return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !this.tet.contains(date);
		}

		@Override
		public LocalDate addWorkingDays(LocalDate from, int workingDays) {
			LocalDate day = from;
			for (int n = 0; n < workingDays;) {
				day = day.plusDays(1);
				if (isWorkingDay(day)) {
					n++;
				}
			}
			return day;
		}

		@Override
		public List<LocalDate> workingDaysOf(YearMonth month) {
			return month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1)).filter(this::isWorkingDay).toList();
		}

	};

	final RuleSetRegistry tt06 = new RuleSetRegistry(RuleSetLoaderTest.SHIPPED, "TT06");

	final Deadlines deadlines = new Deadlines(this.tt06, CALENDAR, new ApprovalWindows(this.tt06, CALENDAR));

	static Date startOf(String day) {
		return Date.from(OffsetDateTime.parse(day + "T00:00:00+07:00").toInstant());
	}

	@Test
	void followUpIsTwoWorkingDaysBeforeTheDueDayAtMidnightInVietnam() {
		// REVIEW 5 wd from Fri 6/3/2026 is due Fri 13/3; two working days before: Wed 11/3.
		assertThat(this.deadlines.dueDate("REVIEW", LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 13));
		assertThat(this.deadlines.followUpDateTime("REVIEW", "2026-03-06")).isEqualTo(startOf("2026-03-11"));
	}

	@Test
	void followUpSkipsWeekendBetweenItAndTheDueDay() {
		// From Wed 4/3 due Wed 11/3; Tue 10 and Mon 9 are the two working days before: Mon 9/3.
		assertThat(this.deadlines.followUpDateTime("REVIEW", LocalDate.of(2026, 3, 4))).isEqualTo(startOf("2026-03-09"));
	}

	@Test
	void followUpSkipsTetHolidaysBeforeTheDueDay() {
		// From Tue 10/2 due Tue 24/2 (Tết 16–20 off): Mon 23 and, across Tết, Fri 13/2.
		assertThat(this.deadlines.dueDate("REVIEW", LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 2, 24));
		assertThat(this.deadlines.followUpDateTime("REVIEW", "2026-02-10")).isEqualTo(startOf("2026-02-13"));
		// From Fri 13/2 due Fri 27/2 → Wed 25/2; the holidays never count as the two days.
		assertThat(this.deadlines.followUpDateTime("REVIEW", "2026-02-13")).isEqualTo(startOf("2026-02-25"));
	}

	@Test
	void shortDeadlineIsDueSoonFromItsStartDay() {
		// DN Art. 8.1: 1 wd. From Fri 6/3 due Mon 9/3; two working days before (Thu 5/3) lies before the start.
		RuleSetRegistry dn = new RuleSetRegistry(RuleSetLoaderTest.SHIPPED, "DN");
		Deadlines d = new Deadlines(dn, CALENDAR, new ApprovalWindows(dn, CALENDAR));
		assertThat(d.dueDate("MOVE_WITHIN_AUTHORITY", LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(d.followUpDateTime("MOVE_WITHIN_AUTHORITY", "2026-03-06")).isEqualTo(startOf("2026-03-06"));
	}

}

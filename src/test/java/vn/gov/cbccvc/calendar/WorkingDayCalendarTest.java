package vn.gov.cbccvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/** The calendar as every feature sees it: shipped years loaded into the database at start. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkingDayCalendarTest {

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	void weekendsAreNotWorkingDays() {
		LocalDate saturday = LocalDate.of(2026, 3, 7);
		assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(this.calendar.isWorkingDay(saturday)).isFalse();
		assertThat(this.calendar.isWorkingDay(saturday.plusDays(1))).isFalse();
		assertThat(this.calendar.isWorkingDay(saturday.plusDays(2))).isTrue();
		// Friday 6/3 + 1 working day skips the weekend.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void everyHolidayOf2026IsADayOff() {
		List<LocalDate> off = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
				LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
				LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
				LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
		assertThat(off).allSatisfy(d -> {
			assertThat(d.getDayOfWeek().getValue()).as(d + " is a weekday").isLessThan(6);
			assertThat(this.calendar.isWorkingDay(d)).as(d.toString()).isFalse();
		});
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
	}

	@Test
	void hungKingsOnSundayIsMadeUpOnMonday2026() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
	}

	@Test
	void swappedSaturday22August2026IsWorkingAndMonday31AugustIsNot() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
		// Fri 21/8 + 1 wd = Sat 22/8; Fri 28/8 + 1 wd jumps 29/8–2/9 to Thu 3/9.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 8, 21), 1)).isEqualTo(LocalDate.of(2026, 8, 22));
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 8, 28), 1)).isEqualTo(LocalDate.of(2026, 9, 3));
	}

	@Test
	void reviewDeadlineSkipsTetHolidays2026() {
		// Thu 12/2 + 5 wd: Fri 13, then Tết 16–20, then Mon 23 … Thu 26.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
		assertThat(this.calendar.workingDaysOf(YearMonth.of(2026, 2))).doesNotContain(LocalDate.of(2026, 2, 16),
				LocalDate.of(2026, 2, 20)).hasSize(15);
	}

	@Test
	void workingDaysCrossIntoTheNextYearWithItsTetMakeUpDays() {
		// Thu 24/12/2026: 25, 28, 29, 30, 31 Dec; 1/1/2027 off; 4, 5, 6, 7 Jan → 10th working day is Fri 8/1/2027.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 10)).isEqualTo(LocalDate.of(2027, 1, 8));
		// Provisional 2027: Tết Fri 5/2 – Thu 11/2 off (two make-up days for Sat 6/2 and Sun 7/2).
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 12));
	}

	@Test
	void aYearNotLoadedIsAClearError() {
		assertThatThrownBy(() -> this.calendar.addWorkingDays(LocalDate.of(2031, 3, 2), 3))
			.isInstanceOfSatisfying(CalendarYearMissingException.class, ex -> {
				assertThat(ex.getYear()).isEqualTo(2031);
				assertThat(ex.getCode()).isEqualTo("calendar-year-missing");
				assertThat(ex.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
				assertThat(ex.getMessage()).contains("2031");
			});
		assertThatThrownBy(() -> this.calendar.isWorkingDay(LocalDate.of(2031, 1, 5)))
			.isInstanceOf(CalendarYearMissingException.class);
		// Crossing from the last shipped year into a missing one names the missing year.
		assertThatThrownBy(() -> this.calendar.addWorkingDays(LocalDate.of(2027, 12, 20), 30))
			.isInstanceOfSatisfying(CalendarYearMissingException.class, ex -> assertThat(ex.getYear()).isEqualTo(2028));
	}

}

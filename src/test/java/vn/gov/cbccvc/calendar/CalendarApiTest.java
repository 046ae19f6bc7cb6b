package vn.gov.cbccvc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.gov.cbccvc.security.Roles;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class CalendarApiTest {

	static final String YEAR_2030 = """
			{"year":2030,"source":"Test notice 1/TB-TEST","provisional":false,"days":[
			 {"date":"2030-01-01","kind":"HOLIDAY","nameVi":"Tết Dương lịch","nameEn":"New Year's Day"},
			 {"date":"2030-01-05","kind":"SWAPPED_WORKING_DAY","nameVi":"Làm bù","nameEn":"Working Saturday"},
			 {"date":"2030-01-02","kind":"SWAPPED_DAY_OFF","nameVi":"Nghỉ hoán đổi","nameEn":"Swapped day off"}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	ApplicationEvents events;

	static RequestPostProcessor admin() {
		return user("admin").authorities(() -> Roles.authority(Roles.DOHA_ADMIN));
	}

	static RequestPostProcessor clerk() {
		return user("clerk").authorities(() -> Roles.authority(Roles.CLERK));
	}

	@Test
	void adminLoadsANewYearAndItIsUsedAtOnce() throws Exception {
		this.mvc.perform(put("/api/calendar/years/2030").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(YEAR_2030)).andExpect(status().isOk());
		assertThat(this.events.stream(CalendarYearChanged.class)).containsExactly(new CalendarYearChanged(2030));
		// Mon 31/12/2029 is not loaded, but from 1/1/2030: Wed 2 swapped off, Thu 3, Fri 4, Sat 5 worked.
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2030, 1, 1), 3)).isEqualTo(LocalDate.of(2030, 1, 5));
		this.mvc.perform(get("/api/calendar/years/2030").with(clerk()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days.length()").value(3))
			.andExpect(jsonPath("$.days[0].date").value("2030-01-01"));
		this.mvc.perform(get("/api/calendar/years").with(clerk()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.year == 2026)].provisional").value(false))
			.andExpect(jsonPath("$[?(@.year == 2027)].provisional").value(true))
			.andExpect(jsonPath("$[?(@.year == 2030)].loadedBy").value("admin"));
		// Replacing the year drops the swap.
		this.mvc.perform(put("/api/calendar/years/2030").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"source":"Test notice 2","days":[
					 {"date":"2030-01-01","kind":"HOLIDAY","nameVi":"Tết Dương lịch","nameEn":"New Year's Day"}]}"""))
			.andExpect(status().isOk());
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2030, 1, 1), 3)).isEqualTo(LocalDate.of(2030, 1, 4));
	}

	@Test
	void nonAdminMayNotLoadAYear() throws Exception {
		this.mvc.perform(put("/api/calendar/years/2032").with(clerk())
			.contentType(MediaType.APPLICATION_JSON)
			.content(YEAR_2030.replace("2030", "2032")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("forbidden"));
		this.mvc.perform(get("/api/calendar/years/2032").with(clerk())).andExpect(status().isNotFound());
	}

	@Test
	void invalidYearIsRejectedWithEveryReason() throws Exception {
		this.mvc.perform(put("/api/calendar/years/2033").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
				{"source":"x","days":[
				 {"date":"2034-01-01","kind":"HOLIDAY","nameVi":"a","nameEn":"a"},
				 {"date":"2033-01-03","kind":"SWAPPED_WORKING_DAY","nameVi":"b","nameEn":"b"},
				 {"date":"2033-01-03","kind":"HOLIDAY","nameVi":"c","nameEn":"c"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("validation-failed"))
			.andExpect(jsonPath("$.violations[?(@.code == 'calendar.date-outside-year')].field").value("days[0].date"))
			.andExpect(jsonPath("$.violations[?(@.code == 'calendar.working-day-not-weekend')].field")
				.value("days[1].kind"))
			.andExpect(jsonPath("$.violations[?(@.code == 'calendar.duplicate-date')].field").value("days[2].date"));
		this.mvc.perform(get("/api/calendar/years/2033").with(clerk())).andExpect(status().isNotFound());
	}

	@Test
	void dueDateEndpointCountsWorkingDays() throws Exception {
		this.mvc.perform(get("/api/calendar/due-date").param("from", "2026-02-12").param("workingDays", "5").with(clerk()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value("2026-02-26"));
		this.mvc.perform(get("/api/calendar/due-date").param("from", "2026-13-01").param("workingDays", "5").with(clerk()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("bad-parameter"));
		this.mvc.perform(get("/api/calendar/due-date").param("from", "2026-02-12").with(clerk()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("missing-parameter"));
		this.mvc.perform(get("/api/calendar/due-date").param("from", "2026-02-12").param("workingDays", "-1").with(clerk()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/calendar/due-date").param("from", "2031-02-12").param("workingDays", "1").with(clerk()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("calendar-year-missing"));
	}

	@Test
	void dueDateEndpointNeedsALogin() throws Exception {
		this.mvc.perform(get("/api/calendar/due-date").param("from", "2026-02-12").param("workingDays", "5"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void workingDaysOfAMonthListsTheSwappedSaturday() throws Exception {
		this.mvc.perform(get("/api/calendar/working-days").param("month", "2026-08").with(clerk()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays[?(@ == '2026-08-22')]").exists())
			.andExpect(jsonPath("$.workingDays[?(@ == '2026-08-31')]").doesNotExist());
		this.mvc.perform(get("/api/calendar/working-days").param("month", "08/2026").with(clerk()))
			.andExpect(status().isBadRequest());
	}

}

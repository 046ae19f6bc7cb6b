package vn.gov.cbccvc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cbccvc.calendar.WorkingDayCalendar;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.ruleset.ApprovalWindows.Window;
import vn.gov.cbccvc.security.Roles;

/** Deadlines and monthly windows of the rule sets computed with the shipped calendar (2026 swaps and Tết). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DeadlinesTest {

	static final Map<String, RuleSet> SHIPPED = RuleSetLoaderTest.SHIPPED;

	@Autowired
	Deadlines deadlines;

	@Autowired
	ApprovalWindows windows;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Test
	void reviewDeadlineSkipsTetHolidays() {
		// TT06 product default 5 wd: Thu 12/2/2026 → Fri 13, Tết 16–20 off, Mon 23 … Thu 26.
		assertThat(this.deadlines.dueDate("REVIEW", LocalDate.of(2026, 2, 12))).isEqualTo(LocalDate.of(2026, 2, 26));
	}

	@Test
	void selfEntryDeadlineSkipsTheWeekend() {
		assertThat(this.deadlines.dueDate("SELF_ENTRY", LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 3, 13));
	}

	@Test
	void dueDateTimeIsTheEndOfTheDueDayInVietnamFromAnyDateForm() {
		Date expected = Date.from(OffsetDateTime.parse("2026-02-26T23:59:59+07:00").toInstant());
		assertThat(this.deadlines.dueDateTime("REVIEW", "2026-02-12")).isEqualTo(expected);
		assertThat(this.deadlines.dueDateTime("REVIEW", LocalDate.of(2026, 2, 12))).isEqualTo(expected);
		// 20:00 UTC on 11/2 is already 12/2 in Vietnam.
		assertThat(this.deadlines.dueDateTime("REVIEW", Date.from(OffsetDateTime.parse("2026-02-11T20:00:00Z").toInstant())))
			.isEqualTo(expected);
		assertThat(this.deadlines.dueDateTime("REVIEW", "2026-02-12T09:30:00+07:00")).isEqualTo(expected);
		assertThatThrownBy(() -> this.deadlines.dueDateTime("REVIEW", "12/02/2026"))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.getCode()).isEqualTo("bad-deadline-start"));
		assertThatThrownBy(() -> this.deadlines.dueDate("NO_SUCH_STEP", LocalDate.of(2026, 2, 12)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.getCode()).isEqualTo("unknown-deadline-key"));
	}

	@Test
	void dueDateTimeWithoutStartCountsFromToday() {
		RuleSetRegistry tt06 = new RuleSetRegistry(SHIPPED, "TT06");
		Clock clock = Clock.fixed(OffsetDateTime.parse("2026-02-12T10:00:00+07:00").toInstant(), Deadlines.ZONE);
		Deadlines fixed = new Deadlines(tt06, this.calendar, new ApprovalWindows(tt06, this.calendar), clock);
		assertThat(fixed.dueDateTime("REVIEW")).isEqualTo(Deadlines.endOf(LocalDate.of(2026, 2, 26)));
	}

	@Test
	void tt06WindowIsTheLastFiveWorkingDaysOfAugust2026WithTheSwap() {
		// August 2026: Sat 22/8 is worked, Mon 31/8 is off → the last 5 working days are 24–28/8.
		Window august = this.windows.window("UNIT", YearMonth.of(2026, 8));
		assertThat(august.firstDay()).isEqualTo(LocalDate.of(2026, 8, 24));
		assertThat(august.lastDay()).isEqualTo(LocalDate.of(2026, 8, 28));
		assertThat(august.article()).isEqualTo("TT06 Art. 7.1");
		assertThat(this.windows.currentWindow("UNIT", LocalDate.of(2026, 8, 31))).isEmpty();
		assertThat(this.windows.nextWindow("UNIT", LocalDate.of(2026, 8, 29)).lastDay())
			.isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(this.deadlines.dueDate("HEAD_APPROVAL", LocalDate.of(2026, 8, 10))).isEqualTo(LocalDate.of(2026, 8, 28));
	}

	@Test
	void hyWindowsOfFebruary2026ShiftPastTetAndTheWeekend() {
		RuleSetRegistry hy = new RuleSetRegistry(SHIPPED, "HY");
		ApprovalWindows hyWindows = new ApprovalWindows(hy, this.calendar);
		// Units 20–22/2: Fri 20 is Tết, Sat 21 and Sun 22 rest → both bounds move to Mon 23/2.
		Window units = hyWindows.window("UNIT", YearMonth.of(2026, 2));
		assertThat(units.firstDay()).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(units.lastDay()).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(units.article()).isEqualTo("HY Art. 8.2");
		// Departments 23–25/2 are all working days.
		Window departments = hyWindows.window("DEPARTMENT", YearMonth.of(2026, 2));
		assertThat(departments.firstDay()).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(departments.lastDay()).isEqualTo(LocalDate.of(2026, 2, 25));
		// The director's sync window: last 5 working days of February (HY Art. 8.4).
		Window sync = hyWindows.syncWindow(YearMonth.of(2026, 2)).orElseThrow();
		assertThat(sync.firstDay()).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(sync.lastDay()).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(sync.approver()).isEqualTo(RuleRole.DOHA_ADMIN);
		// Sat 21/2 is inside no unit window, and the next one is Mon 23/2.
		assertThat(hyWindows.currentWindow("UNIT", LocalDate.of(2026, 2, 21))).isEmpty();
		assertThat(hyWindows.nextWindow("UNIT", LocalDate.of(2026, 2, 21))).isEqualTo(units);
	}

	@Test
	void hyWindowKeptAsWrittenWhenTheRuleSetSaysKeep() {
		RuleSet hy = SHIPPED.get("HY");
		RuleSet keep = new RuleSet(hy.code(), hy.name(), hy.legalDocument(), hy.base(), hy.defaultUnitLevel(),
				hy.unitLevels(), hy.delegations(), hy.deadlines(),
				hy.approvalWindows().stream().map(w -> new RuleSet.ApprovalWindowRule(w.key(), w.purpose(), w.levels(),
						w.type(), w.lastDays(), w.count(), w.firstDay(), w.lastDay(), NonWorkingDayPolicy.KEEP,
						w.approver(), w.article(), w.label())).toList(),
				hy.steps(), hy.backup(), hy.annualReports());
		ApprovalWindows kept = new ApprovalWindows(new RuleSetRegistry(Map.of("HY", keep), "HY"), this.calendar);
		Window units = kept.window("UNIT", YearMonth.of(2026, 2));
		assertThat(units.firstDay()).isEqualTo(LocalDate.of(2026, 2, 20));
		assertThat(units.lastDay()).isEqualTo(LocalDate.of(2026, 2, 22));
	}

	@Test
	void hyHeadApprovalIsFiveWorkingDaysAfterTheLockAcrossTet() {
		RuleSetRegistry hy = new RuleSetRegistry(SHIPPED, "HY");
		Deadlines hyDeadlines = new Deadlines(hy, this.calendar, new ApprovalWindows(hy, this.calendar));
		assertThat(hyDeadlines.dueDate("HEAD_APPROVAL", LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(hyDeadlines.responsibleGroup("HEAD_APPROVAL")).isEqualTo(Roles.HEAD);
		assertThat(hyDeadlines.escalationGroup("REVIEW")).isEqualTo(Roles.HEAD);
	}

	@Test
	void ruleSetApiShowsTheOneInForceAndTheCodes() throws Exception {
		this.mvc.perform(get("/api/rule-set").with(user("e").authorities(() -> Roles.authority(Roles.EMPLOYEE))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("TT06"))
			.andExpect(jsonPath("$.deadlines.TRANSFER_IN_PULL.days").value(10))
			.andExpect(jsonPath("$.deadlines.TRANSFER_IN_PULL.article").value("TT06 Art. 11.1b"));
		this.mvc.perform(get("/api/rule-sets").with(user("e").authorities(() -> Roles.authority(Roles.EMPLOYEE))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.containsInAnyOrder("TT06", "DN", "HY", "HCM")))
			.andExpect(jsonPath("$[?(@.code == 'TT06')].inForce").value(true));
		this.mvc.perform(get("/api/rule-set")).andExpect(status().isUnauthorized());
	}

}

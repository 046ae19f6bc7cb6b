package vn.gov.cbccvc.ruleset;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.gov.cbccvc.calendar.WorkingDayCalendar;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.ruleset.RuleSet.ApprovalWindowRule;

/**
 * The monthly windows of the rule set in force resolved with the working-day calendar: heads' signed approval
 * (TT06 Art. 7.1, DN Art. 7.1, HY Art. 8.1–8.2) and the DoHA director's sync signature (HY Art. 8.4).
 */
@Service
public class ApprovalWindows {

	/** A window resolved for one month; both days are inclusive. */
	public record Window(String key, WindowPurpose purpose, String unitLevel, YearMonth month, LocalDate firstDay,
			LocalDate lastDay, RuleRole approver, String article) {

		public boolean contains(LocalDate date) {
			return !date.isBefore(this.firstDay) && !date.isAfter(this.lastDay);
		}

	}

	private final RuleSetRegistry registry;

	private final WorkingDayCalendar calendar;

	ApprovalWindows(RuleSetRegistry registry, WorkingDayCalendar calendar) {
		this.registry = registry;
		this.calendar = calendar;
	}

	/** The heads' approval window of {@code unitLevel} in {@code month}. */
	public Window window(String unitLevel, YearMonth month) {
		return resolve(rule(WindowPurpose.HEAD_APPROVAL, unitLevel)
			.orElseThrow(() -> noWindow(unitLevel)), unitLevel, month);
	}

	/** The director's sync window of {@code month}, when the rule set has one (HY Art. 8.4). */
	public Optional<Window> syncWindow(YearMonth month) {
		return this.registry.inForce()
			.approvalWindows()
			.stream()
			.filter(w -> w.purpose() == WindowPurpose.SYNC_APPROVAL)
			.findFirst()
			.map(w -> resolve(w, w.levels().get(0), month));
	}

	/** The approval window of {@code unitLevel} that contains {@code date}, if any. */
	public Optional<Window> currentWindow(String unitLevel, LocalDate date) {
		return windowsAround(unitLevel, date).stream().filter(w -> w.contains(date)).findFirst();
	}

	/** The approval window of {@code unitLevel} that contains {@code date} or is the first to come after it. */
	public Window nextWindow(String unitLevel, LocalDate date) {
		return windowsAround(unitLevel, date).stream()
			.filter(w -> !w.lastDay().isBefore(date))
			.findFirst()
			.orElseThrow(() -> noWindow(unitLevel));
	}

	/** A shifted window may spill into the next month; the previous month's window may reach into this one. */
	private List<Window> windowsAround(String unitLevel, LocalDate date) {
		YearMonth month = YearMonth.from(date);
		return List.of(window(unitLevel, month.minusMonths(1)), window(unitLevel, month),
				window(unitLevel, month.plusMonths(1)));
	}

	private Optional<ApprovalWindowRule> rule(WindowPurpose purpose, String unitLevel) {
		return this.registry.inForce()
			.approvalWindows()
			.stream()
			.filter(w -> w.purpose() == purpose && w.levels().contains(unitLevel))
			.findFirst();
	}

	private Window resolve(ApprovalWindowRule rule, String unitLevel, YearMonth month) {
		LocalDate first;
		LocalDate last;
		if (rule.type() == WindowType.LAST_DAYS_OF_MONTH) {
			if (rule.count() == DayCount.CALENDAR_DAYS) {
				last = month.atEndOfMonth();
				first = last.minusDays(rule.lastDays() - 1L);
			}
			else {
				List<LocalDate> working = this.calendar.workingDaysOf(month);
				last = working.get(working.size() - 1);
				first = working.get(Math.max(0, working.size() - rule.lastDays()));
			}
		}
		else {
			first = month.atDay(Math.min(rule.firstDay(), month.lengthOfMonth()));
			last = month.atDay(Math.min(rule.lastDay(), month.lengthOfMonth()));
			if (rule.whenNotWorkingDay() != NonWorkingDayPolicy.KEEP) {
				// A bound on a day off moves to the next working day, as the end of a period does (Civil Code Art. 148).
				first = onOrAfter(first);
				last = onOrAfter(last);
			}
		}
		return new Window(rule.key(), rule.purpose(), unitLevel, month, first, last, rule.approver(), rule.article());
	}

	private LocalDate onOrAfter(LocalDate day) {
		return this.calendar.isWorkingDay(day) ? day : this.calendar.addWorkingDays(day, 1);
	}

	private DomainException noWindow(String unitLevel) {
		return new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, "rule-set-no-window",
				"Bộ quy tắc " + this.registry.inForce().code() + " không có kỳ phê duyệt hằng tháng cho cấp '"
						+ unitLevel + "'",
				"Rule set " + this.registry.inForce().code() + " has no monthly approval window for unit level '"
						+ unitLevel + "'");
	}

}

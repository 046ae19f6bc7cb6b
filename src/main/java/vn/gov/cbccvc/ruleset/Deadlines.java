package vn.gov.cbccvc.ruleset;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.calendar.WorkingDayCalendar;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.ruleset.RuleSet.Deadline;

/**
 * Due dates of the rule set in force, for services and BPMN expressions, e.g. a timer or task due date
 * {@code ${deadlines.dueDateTime('REVIEW', entrySubmittedAt)}}. A deadline is due at the end of its last day,
 * 23:59:59 in Vietnam.
 */
@Component("deadlines")
public class Deadlines {

	static final ZoneId ZONE = ZoneId.of(CbccvcApplication.ZONE);

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	/** How many working days before the due day a task is "due soon" in Tasklist. */
	static final int FOLLOW_UP_WORKING_DAYS = 2;

	private final RuleSetRegistry registry;

	private final WorkingDayCalendar calendar;

	private final ApprovalWindows windows;

	private final Clock clock;

	@Autowired
	Deadlines(RuleSetRegistry registry, WorkingDayCalendar calendar, ApprovalWindows windows) {
		this(registry, calendar, windows, Clock.system(ZONE));
	}

	Deadlines(RuleSetRegistry registry, WorkingDayCalendar calendar, ApprovalWindows windows, Clock clock) {
		this.registry = registry;
		this.calendar = calendar;
		this.windows = windows;
		this.clock = clock;
	}

	/** The deadline {@code key} of the rule set in force (days, roles, article). */
	public Deadline rule(String key) {
		return this.registry.inForce().deadline(key(key));
	}

	/** The Camunda group responsible for {@code key}, e.g. {@code role-clerk}. */
	public String responsibleGroup(String key) {
		return rule(key).responsible().groupId();
	}

	/** The Camunda group a missed {@code key} escalates to. */
	public String escalationGroup(String key) {
		return rule(key).escalateTo().groupId();
	}

	/** The last day allowed for {@code key} counted from the event day {@code from}. */
	public LocalDate dueDate(String key, LocalDate from) {
		return dueDate(key, from, this.registry.inForce().defaultUnitLevel());
	}

	/** As {@link #dueDate(String, LocalDate)}, with the unit level whose monthly window applies. */
	public LocalDate dueDate(String key, LocalDate from, String unitLevel) {
		Deadline rule = rule(key);
		if (rule.effectiveMode() == DeadlineMode.MONTHLY_WINDOW) {
			return this.windows.nextWindow(unitLevel, from).lastDay();
		}
		if (rule.effectiveCount() == DayCount.CALENDAR_DAYS) {
			LocalDate day = from.plusDays(rule.days());
			// A period ending on a day off ends on the next working day (Civil Code 2015 Art. 148).
			return this.calendar.isWorkingDay(day) ? day : this.calendar.addWorkingDays(day, 1);
		}
		return this.calendar.addWorkingDays(from, rule.days());
	}

	/** The end (23:59:59, Vietnam) of the due day of {@code key}; {@code from} a Date, LocalDate or ISO string. */
	public Date dueDateTime(String key, Object from) {
		return endOf(dueDate(key, toLocalDate(from)));
	}

	/** The end of the due day of {@code key} counted from today. */
	public Date dueDateTime(String key) {
		return endOf(dueDate(key, LocalDate.now(this.clock)));
	}

	/**
	 * When a task of {@code key} shows as "due soon" in Tasklist (its follow-up date): the start of the day two
	 * working days before the due day, but never before the day of {@code from}, so a short deadline is "due soon"
	 * from its first day.
	 */
	public Date followUpDateTime(String key, Object from) {
		LocalDate start = toLocalDate(from);
		LocalDate day = dueDate(key, start);
		for (int workingDays = 0; workingDays < FOLLOW_UP_WORKING_DAYS && day.isAfter(start);) {
			day = day.minusDays(1);
			if (this.calendar.isWorkingDay(day)) {
				workingDays++;
			}
		}
		return Date.from(day.atStartOfDay(ZONE).toInstant());
	}

	static Date endOf(LocalDate day) {
		return Date.from(day.atTime(END_OF_DAY).atZone(ZONE).toInstant());
	}

	static LocalDate toLocalDate(Object from) {
		if (from instanceof LocalDate d) {
			return d;
		}
		if (from instanceof Date d) {
			return d.toInstant().atZone(ZONE).toLocalDate();
		}
		if (from instanceof Instant i) {
			return i.atZone(ZONE).toLocalDate();
		}
		if (from instanceof LocalDateTime t) {
			return t.toLocalDate();
		}
		if (from instanceof OffsetDateTime t) {
			return t.atZoneSameInstant(ZONE).toLocalDate();
		}
		if (from instanceof ZonedDateTime t) {
			return t.withZoneSameInstant(ZONE).toLocalDate();
		}
		if (from instanceof String s) {
			try {
				return LocalDate.parse(s);
			}
			catch (DateTimeParseException ex) {
				// not a plain date: try a date-time below
			}
			try {
				return OffsetDateTime.parse(s).atZoneSameInstant(ZONE).toLocalDate();
			}
			catch (DateTimeParseException ex) {
				// not an offset date-time
			}
			try {
				return LocalDateTime.parse(s).toLocalDate();
			}
			catch (DateTimeParseException ex) {
				// fall through to the error
			}
		}
		throw DomainException.invalid("bad-deadline-start",
				"Ngày bắt đầu tính hạn không hợp lệ: " + from, "The start of a deadline is not a date: " + from);
	}

	private static DeadlineKey key(String key) {
		try {
			return DeadlineKey.valueOf(key);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw DomainException.invalid("unknown-deadline-key", "Không có thời hạn '" + key + "'",
					"There is no deadline '" + key + "'");
		}
	}

}

package vn.gov.cbccvc.ruleset;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.gov.cbccvc.ruleset.RuleSet.ApprovalWindowRule;
import vn.gov.cbccvc.ruleset.RuleSet.Deadline;
import vn.gov.cbccvc.ruleset.RuleSet.Label;

/**
 * Semantic checks of one rule-set file after merging with its base: required fields, no negative numbers, known
 * unit levels, every deadline key defined. Each problem names the file and the line of the offending node.
 */
final class RuleSetValidator {

	static final String SELF = "SELF";

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,19}");

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

	private final ParsedRuleSet file;

	private final RuleSet merged;

	private final List<String> problems = new ArrayList<>();

	private RuleSetValidator(ParsedRuleSet file, RuleSet merged) {
		this.file = file;
		this.merged = merged;
	}

	/** @return the problems found, each a full message with file and line; empty when the file is valid */
	static List<String> validate(ParsedRuleSet file, RuleSet merged) {
		RuleSetValidator v = new RuleSetValidator(file, merged);
		v.run();
		return v.problems;
	}

	private void run() {
		RuleSet raw = this.file.raw();
		if (raw.code() == null || !CODE.matcher(raw.code()).matches()) {
			fail("/code", "'code' is required: upper-case letters, digits, '-' or '_', at most 20");
		}
		label("/name", raw.name());
		if (raw.legalDocument() == null) {
			fail("/legalDocument", "'legalDocument' is required");
		}
		else {
			required("/legalDocument/title", raw.legalDocument().title());
			required("/legalDocument/number", raw.legalDocument().number());
			if (raw.legalDocument().inForce() == null) {
				fail("/legalDocument/inForce", "'inForce' is required");
			}
		}
		Set<String> levels = levels();
		if (this.merged.defaultUnitLevel() == null || !levels.contains(this.merged.defaultUnitLevel())) {
			fail("/defaultUnitLevel", "'defaultUnitLevel' must be one of the unit levels " + levels);
		}
		delegations(raw, levels);
		deadlines(raw);
		windows(raw, levels);
		steps(raw);
		backup(raw);
		reports(raw);
	}

	private Set<String> levels() {
		Set<String> keys = new HashSet<>();
		List<RuleSet.UnitLevel> list = this.merged.unitLevels();
		for (int i = 0; i < list.size(); i++) {
			RuleSet.UnitLevel level = list.get(i);
			String at = "/unitLevels/" + i;
			if (level == null || level.key() == null || level.key().isBlank()) {
				fail(at, "a unit level needs a 'key'");
				continue;
			}
			if (!keys.add(level.key())) {
				fail(at + "/key", "unit level '" + level.key() + "' is listed twice");
			}
			if (this.file.raw().unitLevels() != null) {
				label(at + "/name", level.name());
			}
		}
		return keys;
	}

	private void delegations(RuleSet raw, Set<String> levels) {
		if (raw.delegations() == null) {
			return;
		}
		for (int i = 0; i < raw.delegations().size(); i++) {
			RuleSet.Delegation d = raw.delegations().get(i);
			String at = "/delegations/" + i;
			if (d.action() == null) {
				fail(at, "'action' is required");
			}
			level(at + "/actingLevel", d.actingLevel(), levels);
			level(at + "/forLevel", d.forLevel(), levels);
			if (d.whenActingLevelAbsent() != null && !SELF.equals(d.whenActingLevelAbsent())) {
				level(at + "/whenActingLevelAbsent", d.whenActingLevelAbsent(), levels);
			}
			required(at + "/article", d.article());
		}
	}

	private void deadlines(RuleSet raw) {
		if (raw.deadlines() != null) {
			raw.deadlines().forEach((key, d) -> deadline("/deadlines/" + key, d));
		}
		EnumSet<DeadlineKey> missing = EnumSet.allOf(DeadlineKey.class);
		missing.removeAll(this.merged.deadlines().keySet());
		if (!missing.isEmpty()) {
			fail("/deadlines", "deadlines " + missing + " are defined neither here nor in the base rule set");
		}
	}

	private void deadline(String at, Deadline d) {
		if (d == null) {
			fail(at, "the deadline is empty");
			return;
		}
		if (d.days() != null && d.days() < 0) {
			fail(at + "/days", "'days' must not be negative (" + d.days() + ")");
		}
		if (d.effectiveMode() == DeadlineMode.DEADLINE) {
			if (d.days() == null) {
				fail(at, "'days' is required (or 'mode: MONTHLY_WINDOW')");
			}
			if (d.from() == null) {
				fail(at, "'from' (the event the period counts from) is required");
			}
		}
		if (d.responsible() == null) {
			fail(at, "'responsible' is required");
		}
		if (d.escalateTo() == null) {
			fail(at, "'escalateTo' is required");
		}
		required(at + "/article", d.article());
		if (d.statutory() == null) {
			fail(at, "'statutory' is required (true: the law's number; false: a product default with a note)");
		}
		else if (!d.statutory()) {
			required(at + "/note", d.note());
		}
		label(at + "/label", d.label());
	}

	private void windows(RuleSet raw, Set<String> levels) {
		if (raw.approvalWindows() == null) {
			return;
		}
		for (int i = 0; i < raw.approvalWindows().size(); i++) {
			ApprovalWindowRule w = raw.approvalWindows().get(i);
			String at = "/approvalWindows/" + i;
			required(at + "/key", w.key());
			if (w.purpose() == null) {
				fail(at, "'purpose' is required");
			}
			if (w.levels() == null || w.levels().isEmpty()) {
				fail(at, "'levels' is required");
			}
			else {
				for (int j = 0; j < w.levels().size(); j++) {
					level(at + "/levels/" + j, w.levels().get(j), levels);
				}
			}
			if (w.type() == WindowType.LAST_DAYS_OF_MONTH) {
				range(at + "/lastDays", "lastDays", w.lastDays(), 1, 28);
			}
			else if (w.type() == WindowType.DAYS_OF_MONTH) {
				range(at + "/firstDay", "firstDay", w.firstDay(), 1, 31);
				range(at + "/lastDay", "lastDay", w.lastDay(), w.firstDay() == null ? 1 : Math.max(1, w.firstDay()), 31);
			}
			else {
				fail(at, "'type' is required");
			}
			if (w.approver() == null) {
				fail(at, "'approver' is required");
			}
			required(at + "/article", w.article());
		}
	}

	private void steps(RuleSet raw) {
		if (raw.steps() == null) {
			return;
		}
		for (Map.Entry<StepFlag, RuleSet.Step> e : raw.steps().entrySet()) {
			String at = "/steps/" + e.getKey();
			if (e.getValue() == null || e.getValue().enabled() == null) {
				fail(at, "'enabled' is required");
				continue;
			}
			required(at + "/article", e.getValue().article());
		}
		EnumSet<StepFlag> missing = EnumSet.allOf(StepFlag.class);
		missing.removeAll(this.merged.steps().keySet());
		if (!missing.isEmpty()) {
			fail("/steps", "steps " + missing + " are defined neither here nor in the base rule set");
		}
	}

	private void backup(RuleSet raw) {
		if (this.merged.backup() == null) {
			fail("/backup", "'backup' is required");
		}
		if (raw.backup() == null) {
			return;
		}
		if (raw.backup().schedule() == null) {
			fail("/backup", "'schedule' is required");
		}
		range("/backup/retentionMonths", "retentionMonths", raw.backup().retentionMonths(), 0, 1200);
		required("/backup/article", raw.backup().article());
	}

	private void reports(RuleSet raw) {
		if (raw.annualReports() == null) {
			return;
		}
		for (int i = 0; i < raw.annualReports().size(); i++) {
			RuleSet.AnnualReport r = raw.annualReports().get(i);
			String at = "/annualReports/" + i;
			required(at + "/key", r.key());
			if (r.submittedBy() == null) {
				fail(at, "'submittedBy' is required");
			}
			monthDay(at + "/due", r.due(), true);
			monthDay(at + "/from", r.from(), false);
			required(at + "/article", r.article());
		}
	}

	private void monthDay(String at, String value, boolean mandatory) {
		if (value == null) {
			if (mandatory) {
				fail(at, "a date 'MM-DD' is required");
			}
			return;
		}
		try {
			MonthDay.parse(value, MONTH_DAY);
		}
		catch (DateTimeParseException ex) {
			fail(at, "'" + value + "' is not a date 'MM-DD'");
		}
	}

	private void level(String at, String level, Set<String> levels) {
		if (level == null || !levels.contains(level)) {
			fail(at, "unknown unit level '" + level + "'; known: " + levels);
		}
	}

	private void range(String at, String name, Integer value, int min, int max) {
		if (value == null) {
			fail(at, "'" + name + "' is required");
		}
		else if (value < 0) {
			fail(at, "'" + name + "' must not be negative (" + value + ")");
		}
		else if (value < min || value > max) {
			fail(at, "'" + name + "' must be between " + min + " and " + max + " (" + value + ")");
		}
	}

	private void label(String at, Label label) {
		if (label == null || label.vi() == null || label.vi().isBlank() || label.en() == null || label.en().isBlank()) {
			fail(at, "a label with 'vi' and 'en' is required");
		}
	}

	private void required(String at, String value) {
		if (value == null || value.isBlank()) {
			fail(at, "'" + at.substring(at.lastIndexOf('/') + 1) + "' is required");
		}
	}

	private void fail(String pointer, String problem) {
		this.problems.add(this.file.error(pointer, problem).getMessage());
	}

}

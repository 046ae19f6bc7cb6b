package vn.gov.cbccvc.ruleset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses rule-set files, resolves each against its base (TT06 is the floor) and validates the result. Pure: no
 * Spring, so a broken file is tested without starting anything.
 */
final class RuleSetLoader {

	private RuleSetLoader() {
	}

	/** @return the merged rule sets by code, in file order; throws naming every file, line and problem */
	static Map<String, RuleSet> load(List<RuleSetSource> sources) {
		Map<String, ParsedRuleSet> parsed = new LinkedHashMap<>();
		for (RuleSetSource source : sources) {
			ParsedRuleSet file = RuleSetParser.parse(source);
			String code = file.raw().code();
			if (code == null) {
				throw file.error("/code", "'code' is required");
			}
			ParsedRuleSet other = parsed.put(code, file);
			if (other != null) {
				throw file.error("/code", "code '" + code + "' is also used by " + other.file());
			}
		}
		Map<String, RuleSet> merged = new HashMap<>();
		List<String> problems = new ArrayList<>();
		for (String code : parsed.keySet()) {
			RuleSet result = resolve(code, parsed, merged, new LinkedHashSet<>());
			problems.addAll(RuleSetValidator.validate(parsed.get(code), result));
		}
		if (!problems.isEmpty()) {
			throw new RuleSetException(String.join("\n", problems));
		}
		Map<String, RuleSet> ordered = new LinkedHashMap<>();
		parsed.keySet().forEach(code -> ordered.put(code, merged.get(code)));
		return ordered;
	}

	private static RuleSet resolve(String code, Map<String, ParsedRuleSet> parsed, Map<String, RuleSet> done,
			Set<String> visiting) {
		RuleSet known = done.get(code);
		if (known != null) {
			return known;
		}
		ParsedRuleSet file = parsed.get(code);
		if (!visiting.add(code)) {
			throw file.error("/base", "the base rule sets form a cycle " + visiting);
		}
		RuleSet raw = file.raw();
		RuleSet result;
		if (raw.base() == null) {
			result = merge(raw, null);
		}
		else {
			if (!parsed.containsKey(raw.base())) {
				throw file.error("/base", "unknown base rule set '" + raw.base() + "'; known: " + parsed.keySet());
			}
			result = merge(raw, resolve(raw.base(), parsed, done, visiting));
		}
		done.put(code, result);
		return result;
	}

	/** Maps merge key by key, lists and single sections are taken whole from the child when it has them. */
	static RuleSet merge(RuleSet child, RuleSet base) {
		Map<DeadlineKey, RuleSet.Deadline> deadlines = new EnumMap<>(DeadlineKey.class);
		Map<StepFlag, RuleSet.Step> steps = new EnumMap<>(StepFlag.class);
		if (base != null) {
			deadlines.putAll(base.deadlines());
			steps.putAll(base.steps());
		}
		if (child.deadlines() != null) {
			deadlines.putAll(child.deadlines());
		}
		if (child.steps() != null) {
			steps.putAll(child.steps());
		}
		return new RuleSet(child.code(), child.name(), child.legalDocument(), child.base(),
				pick(child.defaultUnitLevel(), base == null ? null : base.defaultUnitLevel()),
				list(child.unitLevels(), base == null ? null : base.unitLevels()),
				list(child.delegations(), base == null ? null : base.delegations()), Map.copyOf(deadlines),
				list(child.approvalWindows(), base == null ? null : base.approvalWindows()), Map.copyOf(steps),
				pick(child.backup(), base == null ? null : base.backup()),
				list(child.annualReports(), base == null ? null : base.annualReports()));
	}

	private static <T> T pick(T child, T base) {
		return child != null ? child : base;
	}

	private static <T> List<T> list(List<T> child, List<T> base) {
		List<T> chosen = child != null ? child : base;
		return chosen == null ? List.of() : List.copyOf(chosen);
	}

}

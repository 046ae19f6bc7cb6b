package vn.gov.cbccvc.ruleset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One jurisdiction's rules as read from a rule-set file (schema documented at the top of
 * {@code rulesets/TT06.yaml}). After loading, a rule set is merged with its base, so every section is present.
 */
public record RuleSet(String code, Label name, LegalDocument legalDocument, String base, String defaultUnitLevel,
		List<UnitLevel> unitLevels, List<Delegation> delegations, Map<DeadlineKey, Deadline> deadlines,
		List<ApprovalWindowRule> approvalWindows, Map<StepFlag, Step> steps, Backup backup,
		List<AnnualReport> annualReports) {

	public record Label(String vi, String en) {
	}

	public record LegalDocument(String title, String number, LocalDate inForce) {
	}

	public record UnitLevel(String key, Label name, Boolean optional, String note) {
	}

	/** {@code actingLevel} acts for units of {@code forLevel} (DN Art. 6.3). */
	public record Delegation(DeadlineKey action, String actingLevel, String forLevel, String whenActingLevelAbsent,
			String article) {
	}

	public record Deadline(DeadlineMode mode, Integer days, DayCount count, DeadlineEvent from, RuleRole responsible,
			RuleRole escalateTo, String article, Boolean statutory, Label label, String note) {

		public DeadlineMode effectiveMode() {
			return this.mode == null ? DeadlineMode.DEADLINE : this.mode;
		}

		public DayCount effectiveCount() {
			return this.count == null ? DayCount.WORKING_DAYS : this.count;
		}

	}

	public record ApprovalWindowRule(String key, WindowPurpose purpose, List<String> levels, WindowType type,
			Integer lastDays, DayCount count, Integer firstDay, Integer lastDay, NonWorkingDayPolicy whenNotWorkingDay,
			RuleRole approver, String article, Label label) {
	}

	public record Step(Boolean enabled, String article, Label label) {
	}

	public record Backup(BackupSchedule schedule, Integer retentionMonths, String article, Boolean statutory,
			String note) {
	}

	/** {@code from} and {@code due} are {@code MM-DD} of the year after the one reported on. */
	public record AnnualReport(String key, RuleRole submittedBy, Label to, String from, String due, String article,
			Label label) {
	}

	public Deadline deadline(DeadlineKey key) {
		return this.deadlines.get(key);
	}

	public boolean isEnabled(StepFlag step) {
		Step s = this.steps.get(step);
		return s != null && Boolean.TRUE.equals(s.enabled());
	}

	/**
	 * The unit level that performs {@code action} for a unit of {@code forLevel}, given the levels this deployment
	 * has (a two-tier province has no DISTRICT): the delegation's acting level when present, else its fallback,
	 * else the unit's own level.
	 */
	public String actingLevel(DeadlineKey action, String forLevel, Set<String> levelsInDeployment) {
		for (Delegation d : this.delegations) {
			if (d.action() == action && d.forLevel().equals(forLevel)) {
				if (levelsInDeployment.contains(d.actingLevel())) {
					return d.actingLevel();
				}
				String fallback = d.whenActingLevelAbsent();
				return fallback == null || RuleSetValidator.SELF.equals(fallback) ? forLevel : fallback;
			}
		}
		return forLevel;
	}

}

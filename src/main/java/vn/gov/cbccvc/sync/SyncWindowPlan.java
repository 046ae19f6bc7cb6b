package vn.gov.cbccvc.sync;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.approval.EngineClock;
import vn.gov.cbccvc.ruleset.ApprovalWindows;
import vn.gov.cbccvc.ruleset.ApprovalWindows.Window;
import vn.gov.cbccvc.ruleset.RuleSet;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.ruleset.StepFlag;

/**
 * The director's sync window of a month from the rule set in force (HY Art. 8.4: the last 5 working days;
 * HCM Art. 7.3, 11.7: product default the same), resolved by {@link ApprovalWindows} on the working-day calendar.
 */
@Component
class SyncWindowPlan {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final RuleSetRegistry ruleSets;

	private final ApprovalWindows windows;

	SyncWindowPlan(RuleSetRegistry ruleSets, ApprovalWindows windows) {
		this.ruleSets = ruleSets;
		this.windows = windows;
	}

	/**
	 * Empty where the rule set has no DIRECTOR_SIGNS_SYNC (TT06, DN). A rule set with the step but no SYNC_APPROVAL
	 * window is refused loudly (an incident on the monthly job), never a silent wait without end.
	 */
	Optional<Window> windowOf(YearMonth month) {
		RuleSet ruleSet = this.ruleSets.inForce();
		if (!ruleSet.isEnabled(StepFlag.DIRECTOR_SIGNS_SYNC)) {
			return Optional.empty();
		}
		return Optional.of(this.windows.syncWindow(month)
			.orElseThrow(() -> new IllegalStateException("Rule set " + ruleSet.code()
					+ " has DIRECTOR_SIGNS_SYNC but no SYNC_APPROVAL window: versions would wait for ever")));
	}

	static OffsetDateTime opensAt(Window window) {
		return window.firstDay().atStartOfDay(EngineClock.ZONE).toOffsetDateTime();
	}

	static OffsetDateTime closesAt(Window window) {
		return window.lastDay().atTime(END_OF_DAY).atZone(EngineClock.ZONE).toOffsetDateTime();
	}

}

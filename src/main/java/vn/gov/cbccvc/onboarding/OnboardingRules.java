package vn.gov.cbccvc.onboarding;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.organisation.UnitKind;
import vn.gov.cbccvc.ruleset.DeadlineKey;
import vn.gov.cbccvc.ruleset.RuleSet;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.ruleset.StepFlag;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.workflow.RecordApprovers;

/**
 * Fixes, when an onboarding starts, which groups act and which optional steps apply under the rule set in force,
 * so an instance finishes under the rules it began with.
 */
@Component
public class OnboardingRules {

	private final RuleSetRegistry ruleSets;

	private final OrganisationDirectory organisation;

	private final RecordApprovers approvers;

	OnboardingRules(RuleSetRegistry ruleSets, OrganisationDirectory organisation, RecordApprovers approvers) {
		this.ruleSets = ruleSets;
		this.organisation = organisation;
		this.approvers = approvers;
	}

	/** The groups and optional steps for a person joining {@code unitId} (also used by Process_TransferIn). */
	public Map<String, Object> forNewcomer(long personId, long unitId) {
		RuleSet rules = this.ruleSets.inForce();
		boolean headsOwnRecord = this.approvers.isHeadOf(personId, unitId);
		Map<String, Object> vars = new HashMap<>();
		vars.put(OnboardingProcess.ACCOUNT_GROUP, Roles.unitRoleGroup(accountUnit(rules, unitId), Roles.CLERK));
		vars.put(OnboardingProcess.REVIEW_GROUP, Roles.unitRoleGroup(unitId, Roles.CLERK));
		vars.put(OnboardingProcess.APPROVER_GROUP, this.approvers.approverGroup(personId, unitId));
		vars.put(OnboardingProcess.HEADS_OWN_RECORD, headsOwnRecord);
		vars.put(OnboardingProcess.APPROVAL_MODE,
				rules.deadline(DeadlineKey.HEAD_APPROVAL).effectiveMode().name());
		vars.put(OnboardingProcess.EMPLOYEE_SIGNS, rules.isEnabled(StepFlag.EMPLOYEE_SIGNS_COMPLETION));
		vars.put(OnboardingProcess.REVIEWER_SIGNS, rules.isEnabled(StepFlag.REVIEWER_SIGNS_VERIFICATION));
		return vars;
	}

	/** The unit whose clerk creates the account: the district for commune staff where the rule set says so (DN Art. 6.3). */
	long accountUnit(RuleSet rules, long unitId) {
		UnitKind kind = this.organisation.level(unitId);
		Set<String> levels = java.util.Arrays.stream(UnitKind.values()).map(Enum::name).collect(Collectors.toSet());
		String acting = rules.actingLevel(DeadlineKey.ACCOUNT_CREATION, kind.name(), levels);
		if (acting.equals(kind.name())) {
			return unitId;
		}
		return this.organisation.nearestOfKind(unitId, UnitKind.valueOf(acting)).map(u -> u.id()).orElse(unitId);
	}

}

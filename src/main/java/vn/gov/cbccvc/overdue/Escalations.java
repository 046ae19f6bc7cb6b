package vn.gov.cbccvc.overdue;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.ruleset.Deadlines;
import vn.gov.cbccvc.ruleset.RuleRole;
import vn.gov.cbccvc.security.Roles;

/**
 * Who a missed deadline goes to, by the rule set's {@code escalateTo} (clerk → head, head → manager/DoHA): the
 * unit's group for unit roles, the province-wide group otherwise. BPMN: {@code ${escalations.groupFor('REVIEW', unitId)}}.
 */
@Component("escalations")
public class Escalations {

	private final Deadlines deadlines;

	Escalations(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	public String groupFor(String deadlineKey, Object unitId) {
		return scoped(this.deadlines.rule(deadlineKey).escalateTo(), unitId);
	}

	public String responsibleGroupFor(String deadlineKey, Object unitId) {
		return scoped(this.deadlines.rule(deadlineKey).responsible(), unitId);
	}

	static String scoped(RuleRole role, Object unitId) {
		return switch (role) {
			case CLERK, HEAD, DEPUTY, EMPLOYEE -> Roles.unitRoleGroup(((Number) unitId).longValue(), role.groupId());
			case MANAGER, DOHA_ADMIN -> role.groupId();
		};
	}

}

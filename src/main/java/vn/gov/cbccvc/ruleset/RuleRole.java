package vn.gov.cbccvc.ruleset;

import vn.gov.cbccvc.security.Roles;

/** The roles a rule set names, each a Camunda group of {@link Roles}. */
public enum RuleRole {

	EMPLOYEE(Roles.EMPLOYEE), CLERK(Roles.CLERK), HEAD(Roles.HEAD), DEPUTY(Roles.DEPUTY), DOHA_ADMIN(Roles.DOHA_ADMIN),
	MANAGER(Roles.MANAGER);

	private final String groupId;

	RuleRole(String groupId) {
		this.groupId = groupId;
	}

	public String groupId() {
		return this.groupId;
	}

}

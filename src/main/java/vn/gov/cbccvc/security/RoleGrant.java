package vn.gov.cbccvc.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role held in one unit ({@code unitId}) or province-wide ({@code unitId == null}, e.g. a DoHA admin or a
 * manager watching every unit's deadlines).
 */
public record RoleGrant(String role, Long unitId) {

	private static final Pattern UNIT_ROLE_GROUP = Pattern.compile("unit-(\\d{1,18})-([a-z-]+)");

	public boolean provinceWide() {
		return this.unitId == null;
	}

	/** The Camunda groups this grant means: the role group, plus the unit groups when held in a unit. */
	public List<String> camundaGroups() {
		if (this.unitId == null) {
			return List.of(this.role);
		}
		return List.of(this.role, Roles.unitGroup(this.unitId), Roles.unitRoleGroup(this.unitId, this.role));
	}

	/**
	 * Reads grants back from Camunda group ids, for users that exist only in the engine (no account row):
	 * {@code unit-12-clerk} is the clerk role in unit 12; a role group without any unit group is province-wide.
	 */
	public static List<RoleGrant> fromCamundaGroups(Collection<String> groupIds) {
		List<RoleGrant> unitGrants = new ArrayList<>();
		for (String groupId : groupIds) {
			Matcher m = UNIT_ROLE_GROUP.matcher(groupId);
			if (m.matches() && Roles.isRole("role-" + m.group(2))) {
				unitGrants.add(new RoleGrant("role-" + m.group(2), Long.valueOf(m.group(1))));
			}
		}
		List<RoleGrant> grants = new ArrayList<>(unitGrants);
		for (String groupId : groupIds) {
			boolean heldInUnit = unitGrants.stream().anyMatch(g -> g.role().equals(groupId));
			if (Roles.isRole(groupId) && !heldInUnit) {
				grants.add(new RoleGrant(groupId, null));
			}
		}
		return grants;
	}

}

package vn.gov.cbccvc.security;

import java.util.List;

/**
 * The roles of REGULATIONS.md "Actors", as Camunda group ids (so Tasklist candidate groups, Cockpit access and
 * engine authorizations work on them). A member of a group carries the Spring authority
 * {@code GROUP_<groupId>}. Unit-scoped groups are {@code unit-<unitId>} (everyone of the unit) and
 * {@code unit-<unitId>-<role>} (e.g. {@code unit-12-clerk}, the candidate group of a review task there).
 */
public final class Roles {

	public static final String EMPLOYEE = "role-employee";

	/** Focal-point clerk (công chức đầu mối); HCM: head of the personnel section. */
	public static final String CLERK = "role-clerk";

	public static final String HEAD = "role-head";

	/** A deputy authorised in writing; signs the head's own record (DN Art. 7.1). */
	public static final String DEPUTY = "role-deputy";

	/** Department of Home Affairs: system admin, agency accounts, org tree, transfers across authorities. */
	public static final String DOHA_ADMIN = "role-doha-admin";

	/** Watches deadlines and overdue work (TT06 Art. 15.3, HY Art. 15.3). */
	public static final String MANAGER = "role-manager";

	/** Camunda's administrators group, as in Camunda's own distributions. */
	public static final String CAMUNDA_ADMIN = "camunda-admin";

	public static final String AUTHORITY_PREFIX = "GROUP_";

	/** Every role above, in the order people meet them. */
	public static final List<String> ALL = List.of(EMPLOYEE, CLERK, HEAD, DEPUTY, MANAGER, DOHA_ADMIN, CAMUNDA_ADMIN);

	/** Roles held for a unit only (never province-wide). */
	public static final List<String> UNIT_ONLY = List.of(EMPLOYEE, CLERK, HEAD, DEPUTY);

	/** Roles that exist only province-wide (no unit group). */
	public static final List<String> PROVINCE_ONLY = List.of(CAMUNDA_ADMIN);

	private Roles() {
	}

	public static String unitGroup(long unitId) {
		return "unit-" + unitId;
	}

	/** e.g. {@code unitRoleGroup(12, CLERK)} is {@code unit-12-clerk}. */
	public static String unitRoleGroup(long unitId, String role) {
		return unitGroup(unitId) + "-" + role.substring("role-".length());
	}

	public static boolean isRole(String role) {
		return role != null && ALL.contains(role);
	}

	public static String authority(String groupId) {
		return AUTHORITY_PREFIX + groupId;
	}

}

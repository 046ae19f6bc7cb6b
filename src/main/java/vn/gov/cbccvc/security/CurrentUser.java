package vn.gov.cbccvc.security;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who is calling the domain API: the principal of every authenticated {@code /api/**} request.
 *
 * @param username the login (a personal ID number for personal accounts, TT06 Art. 3.6)
 * @param personId the person this account belongs to, if any
 * @param grants the roles held, per unit or province-wide
 * @param groupIds the Camunda groups (for the engine's authorization checks)
 */
public record CurrentUser(String username, Long personId, List<RoleGrant> grants, Set<String> groupIds)
		implements Principal {

	public CurrentUser {
		grants = List.copyOf(grants);
		groupIds = Set.copyOf(groupIds);
	}

	@Override
	public String getName() {
		return this.username;
	}

	public Set<String> roles() {
		return this.grants.stream().map(RoleGrant::role).collect(Collectors.toCollection(TreeSet::new));
	}

	public boolean hasRole(String role) {
		return this.grants.stream().anyMatch(g -> g.role().equals(role));
	}

	public boolean hasProvinceWideRole(String role) {
		return this.grants.stream().anyMatch(g -> g.role().equals(role) && g.provinceWide());
	}

	public boolean hasRoleInUnit(String role, long unitId) {
		return this.grants.stream().anyMatch(g -> g.role().equals(role) && g.unitId() != null && g.unitId() == unitId);
	}

	/** Units where the role is held (province-wide grants are not listed: see {@link #hasProvinceWideRole}). */
	public Set<Long> unitsWithRole(String role) {
		return this.grants.stream()
			.filter(g -> g.role().equals(role) && g.unitId() != null)
			.map(RoleGrant::unitId)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	public Map<String, Set<Long>> unitIdsByRole() {
		Map<String, Set<Long>> byRole = new TreeMap<>();
		roles().forEach(role -> byRole.put(role, unitsWithRole(role)));
		return byRole;
	}

	/** DoHA admin or Camunda admin: manages accounts and roles (HY Art. 3.10). */
	public boolean isAccountAdmin() {
		return hasRole(Roles.DOHA_ADMIN) || hasRole(Roles.CAMUNDA_ADMIN);
	}

	@Override
	public String toString() {
		return this.username;
	}

}

package vn.gov.cbccvc.account;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.RoleGroups;
import vn.gov.cbccvc.security.Roles;

/**
 * Keeps the engine's users, groups and memberships in step with the account tables. Runs inside the caller's
 * Spring transaction (the engine shares the DataSource and transaction manager), so a failed domain write leaves
 * no engine change behind. Writes run as the system: the account service has already decided who may do what,
 * and no role but the Camunda admin holds engine rights on users and groups.
 */
@Component
class CamundaIdentity {

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	private final ObjectProvider<UnitNames> unitNames;

	CamundaIdentity(IdentityService identityService, AuthorizationService authorizationService,
			ObjectProvider<UnitNames> unitNames) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.unitNames = unitNames;
	}

	boolean userExists(String username) {
		return this.identityService.createUserQuery().userId(username).count() > 0;
	}

	void createUser(String username, String displayName, String email, String password) {
		asSystem(() -> {
			User user = this.identityService.newUser(username);
			setProfile(user, displayName, email);
			user.setPassword(password);
			this.identityService.saveUser(user);
			// The engine grants each new user ALL on their own user row: one authorization per person, 250,000 in
			// a province. Passwords are changed through /api/accounts/me/password instead, so drop it.
			this.authorizationService.createAuthorizationQuery()
				.userIdIn(username)
				.resourceType(Resources.USER)
				.resourceId(username)
				.list()
				.forEach(a -> this.authorizationService.deleteAuthorization(a.getId()));
			return null;
		});
	}

	void updateProfile(String username, String displayName, String email) {
		asSystem(() -> {
			User user = requireUser(username);
			setProfile(user, displayName, email);
			this.identityService.saveUser(user);
			return null;
		});
	}

	/**
	 * Sets a new password and clears the engine's failed-login lock (login-max-attempts), so a password the DoHA
	 * has just issued works at once.
	 */
	void setPassword(String username, String password) {
		asSystem(() -> {
			User user = requireUser(username);
			user.setPassword(password);
			this.identityService.saveUser(user);
			this.identityService.unlockUser(username);
			return null;
		});
	}

	boolean checkPassword(String username, String password) {
		return asSystem(() -> this.identityService.checkPassword(username, password));
	}

	/** Makes the user's memberships exactly the groups of these grants (none at all for an empty list). */
	void syncMemberships(String username, Collection<RoleGrant> grants) {
		asSystem(() -> {
			Set<String> wanted = new LinkedHashSet<>();
			grants.forEach(g -> wanted.addAll(g.camundaGroups()));
			Set<String> current = this.identityService.createGroupQuery()
				.groupMember(username)
				.list()
				.stream()
				.map(Group::getId)
				.collect(Collectors.toSet());
			current.stream()
				.filter(id -> !wanted.contains(id))
				.forEach(id -> this.identityService.deleteMembership(username, id));
			for (RoleGrant grant : grants) {
				ensureGroups(grant);
			}
			wanted.stream()
				.filter(id -> !current.contains(id))
				.forEach(id -> this.identityService.createMembership(username, id));
			return null;
		});
	}

	Set<String> groupsOf(String username) {
		return asSystem(() -> this.identityService.createGroupQuery()
			.groupMember(username)
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toSet()));
	}

	/** Role groups exist from start-up; unit groups are made the first time someone holds a role there. */
	private void ensureGroups(RoleGrant grant) {
		ensureGroup(grant.role(), RoleGroups.nameVi(grant.role()), RoleGroups.type(grant.role()));
		if (grant.unitId() != null) {
			String unitName = unitName(grant.unitId());
			ensureGroup(Roles.unitGroup(grant.unitId()), unitName, Groups.GROUP_TYPE_WORKFLOW);
			ensureGroup(Roles.unitRoleGroup(grant.unitId(), grant.role()),
					RoleGroups.nameVi(grant.role()) + " - " + unitName, Groups.GROUP_TYPE_WORKFLOW);
		}
	}

	private void ensureGroup(String groupId, String name, String type) {
		if (this.identityService.createGroupQuery().groupId(groupId).count() > 0) {
			return;
		}
		Group group = this.identityService.newGroup(groupId);
		group.setName(name.length() > 255 ? name.substring(0, 255) : name);
		group.setType(type);
		this.identityService.saveGroup(group);
	}

	private String unitName(long unitId) {
		return this.unitNames.getIfAvailable(() -> id -> Optional.empty())
			.nameOf(unitId)
			.orElse("Đơn vị số " + unitId);
	}

	private User requireUser(String username) {
		User user = this.identityService.createUserQuery().userId(username).singleResult();
		if (user == null) {
			throw new IllegalStateException("The engine has no user for account " + username);
		}
		return user;
	}

	/** Vietnamese names are family name first; Camunda shows "first last", so the given name goes last. */
	private static void setProfile(User user, String displayName, String email) {
		String name = displayName.trim();
		int lastSpace = name.lastIndexOf(' ');
		user.setFirstName(lastSpace < 0 ? name : name.substring(0, lastSpace));
		user.setLastName(lastSpace < 0 ? "" : name.substring(lastSpace + 1));
		user.setEmail(email);
	}

	/** Runs engine identity calls without the API caller's engine authentication, restoring it afterwards. */
	private <T> T asSystem(Supplier<T> work) {
		// The declared type of getCurrentAuthentication() sits in an impl package: read it through its getters.
		var caller = this.identityService.getCurrentAuthentication();
		this.identityService.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (caller != null) {
				this.identityService.setAuthentication(caller.getUserId(), caller.getGroupIds(),
						caller.getTenantIds());
			}
		}
	}

}

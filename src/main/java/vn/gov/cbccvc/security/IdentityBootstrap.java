package vn.gov.cbccvc.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups and the authorizations of {@link CamundaAuthorizations} when the application starts,
 * before any {@code ApplicationRunner} (e.g. demo data). Idempotent, and safe when several nodes start at once:
 * the engine's unique keys on groups and group authorizations make the loser fail, and it then finds the row the
 * winner wrote.
 */
@Component
public class IdentityBootstrap {

	private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

	private final IdentityService identityService;

	private final AuthorizationService authorizationService;

	IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService) {
		this.identityService = identityService;
		this.authorizationService = authorizationService;
	}

	@EventListener(ApplicationStartedEvent.class)
	void onStart() {
		ensure();
	}

	/** Makes the role groups and the authorization table exist; may be called any time. */
	public void ensure() {
		Roles.ALL.forEach(role -> retryOnce(() -> ensureGroup(role)));
		CamundaAuthorizations.TABLE.forEach(grant -> retryOnce(() -> ensureGrant(grant)));
		log.info("Role groups and {} group authorizations are in place", CamundaAuthorizations.TABLE.size());
	}

	private void ensureGroup(String role) {
		if (this.identityService.createGroupQuery().groupId(role).count() > 0) {
			return;
		}
		Group group = this.identityService.newGroup(role);
		group.setName(RoleGroups.nameVi(role));
		group.setType(RoleGroups.type(role));
		this.identityService.saveGroup(group);
	}

	private void ensureGrant(CamundaAuthorizations.Grant grant) {
		List<Authorization> existing = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(grant.groupId())
			.resourceType(grant.resource())
			.resourceId(grant.resourceId())
			.list();
		Authorization authorization = existing.isEmpty()
				? this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT) : existing.get(0);
		if (existing.isEmpty()) {
			authorization.setGroupId(grant.groupId());
			authorization.setResource(grant.resource());
			authorization.setResourceId(grant.resourceId());
		}
		else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
			return;
		}
		// Only adds: permissions granted by hand in Admin are left alone.
		grant.permissions().forEach(authorization::addPermission);
		this.authorizationService.saveAuthorization(authorization);
	}

	/** A second node may have written the same group or row a moment earlier: look again once. */
	private static void retryOnce(Runnable step) {
		try {
			step.run();
		}
		catch (ProcessEngineException ex) {
			log.debug("Retrying after a concurrent start: {}", ex.getMessage());
			step.run();
		}
	}

}

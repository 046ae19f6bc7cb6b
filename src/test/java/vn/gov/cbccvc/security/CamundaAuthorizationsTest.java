package vn.gov.cbccvc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CamundaAuthorizationsTest {

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	IdentityService identityService;

	@Autowired
	IdentityBootstrap bootstrap;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
		this.identityService.clearAuthentication();
	}

	@Test
	void employee_hasTasklistButNotCockpitNorAdmin() {
		assertThat(allowed(Roles.EMPLOYEE, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
		assertThat(allowed(Roles.EMPLOYEE, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
		assertThat(allowed(Roles.EMPLOYEE, Permissions.ACCESS, Resources.APPLICATION, "admin")).isFalse();
		assertThat(allowed(Roles.EMPLOYEE, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
				"onboarding")).isFalse();
	}

	@Test
	void clerk_mayStartAProcessFromTasklistAndReadFilters() {
		for (String role : List.of(Roles.CLERK, Roles.HEAD, Roles.DEPUTY)) {
			assertThat(allowed(role, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
					"onboarding")).as(role).isTrue();
			assertThat(allowed(role, ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION, "onboarding"))
				.as(role)
				.isTrue();
			assertThat(allowed(role, ProcessInstancePermissions.CREATE, Resources.PROCESS_INSTANCE, null)).as(role)
				.isTrue();
			assertThat(allowed(role, Permissions.READ, Resources.FILTER, "some-filter")).as(role).isTrue();
			assertThat(allowed(role, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).as(role).isFalse();
		}
	}

	@Test
	void manager_readsHistoryInCockpitButStartsNothing() {
		assertThat(allowed(Roles.MANAGER, Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
		assertThat(allowed(Roles.MANAGER, ProcessDefinitionPermissions.READ_HISTORY, Resources.PROCESS_DEFINITION,
				"onboarding")).isTrue();
		assertThat(allowed(Roles.MANAGER, ProcessInstancePermissions.READ, Resources.PROCESS_INSTANCE, "42"))
			.isTrue();
		assertThat(allowed(Roles.MANAGER, ProcessDefinitionPermissions.CREATE_INSTANCE,
				Resources.PROCESS_DEFINITION, "onboarding")).isFalse();
	}

	@Test
	void dohaAdmin_hasAllThreeWebappsButWritesNoUsersInTheEngine() {
		for (String app : List.of("tasklist", "cockpit", "admin")) {
			assertThat(allowed(Roles.DOHA_ADMIN, Permissions.ACCESS, Resources.APPLICATION, app)).as(app).isTrue();
		}
		assertThat(allowed(Roles.DOHA_ADMIN, Permissions.READ, Resources.USER, "someone")).isTrue();
		assertThat(allowed(Roles.DOHA_ADMIN, Permissions.CREATE, Resources.USER, null)).isFalse();
		assertThat(allowed(Roles.DOHA_ADMIN, Permissions.CREATE, Resources.GROUP_MEMBERSHIP, "camunda-admin"))
			.isFalse();
	}

	@Test
	void camundaAdmin_mayDoEverything() {
		for (Resources resource : Resources.values()) {
			if (resource.name().startsWith("HISTORIC_")) {
				continue; // checked only when historic instance permissions are on (they are off)
			}
			assertThat(allowed(Roles.CAMUNDA_ADMIN, Permissions.ALL, resource, "anything")).as(resource.name())
				.isTrue();
		}
	}

	@Test
	void roleGroupsExistWithVietnameseNames() {
		Group clerk = this.identityService.createGroupQuery().groupId(Roles.CLERK).singleResult();
		assertThat(clerk.getName()).isEqualTo("Công chức đầu mối");
		assertThat(clerk.getType()).isEqualTo("WORKFLOW");
		assertThat(this.identityService.createGroupQuery().groupId(Roles.DOHA_ADMIN).singleResult().getType())
			.isEqualTo("SYSTEM");
	}

	@Test
	void startingAgain_addsNoAuthorizationRows() {
		long before = this.authorizations.createAuthorizationQuery().count();

		this.bootstrap.ensure();

		assertThat(this.authorizations.createAuthorizationQuery().count()).isEqualTo(before);
	}

	@Test
	void idWhitelist_acceptsPersonalIdNumbersAndUnitGroups() {
		assertThatCode(() -> {
			User user = this.identityService.newUser("079203001234");
			this.identityService.saveUser(user);
			Group group = this.identityService.newGroup("unit-12-clerk");
			this.identityService.saveGroup(group);
			this.identityService.createMembership("079203001234", "unit-12-clerk");
		}).doesNotThrowAnyException();
		assertThat(this.identityService.createUserQuery().memberOfGroup("unit-12-clerk").singleResult().getId())
			.isEqualTo("079203001234");
	}

	@Test
	void apiRequest_runsAsTheCallerInsideTheEngine_andTheEngineForgetsHimAfterwards() throws Exception {
		CurrentUser user = new CurrentUser("033190000001", 7L, List.of(new RoleGrant(Roles.CLERK, 12L)),
				Set.of(Roles.CLERK, "unit-12-clerk"));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
		AtomicReference<String> seenUser = new AtomicReference<>();
		AtomicReference<List<String>> seenGroups = new AtomicReference<>();

		new EngineAuthenticationFilter(this.identityService).doFilter(new MockHttpServletRequest(),
				new MockHttpServletResponse(), (request, response) -> {
					seenUser.set(this.identityService.getCurrentAuthentication().getUserId());
					seenGroups.set(this.identityService.getCurrentAuthentication().getGroupIds());
				});

		assertThat(seenUser.get()).isEqualTo("033190000001");
		assertThat(seenGroups.get()).containsExactlyInAnyOrder(Roles.CLERK, "unit-12-clerk");
		assertThat(this.identityService.getCurrentAuthentication()).isNull();
	}

	@Test
	void engineAuthentication_isClearedEvenWhenTheRequestFails() {
		CurrentUser user = new CurrentUser("someone", null, List.of(), Set.of());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));

		assertThatCode(() -> new EngineAuthenticationFilter(this.identityService).doFilter(
				new MockHttpServletRequest(), new MockHttpServletResponse(), (request, response) -> {
					throw new ServletException("boom");
				}))
			.isInstanceOf(ServletException.class);
		assertThat(this.identityService.getCurrentAuthentication()).isNull();
	}

	private boolean allowed(String groupId, Permission permission, Resource resource, String resourceId) {
		String user = "probe-" + groupId;
		return resourceId == null
				? this.authorizations.isUserAuthorized(user, List.of(groupId), permission, resource)
				: this.authorizations.isUserAuthorized(user, List.of(groupId), permission, resource, resourceId);
	}

}

package vn.gov.cbccvc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoleGrantTest {

	@Test
	void unitGrant_meansTheRoleGroupTheUnitGroupAndTheUnitRoleGroup() {
		assertThat(new RoleGrant(Roles.CLERK, 12L).camundaGroups()).containsExactly("role-clerk", "unit-12",
				"unit-12-clerk");
		assertThat(new RoleGrant(Roles.MANAGER, null).camundaGroups()).containsExactly("role-manager");
	}

	@Test
	void engineOnlyUsers_getTheirGrantsReadBackFromGroups() {
		List<RoleGrant> grants = RoleGrant.fromCamundaGroups(
				List.of("role-clerk", "unit-12", "unit-12-clerk", "role-manager", "camunda-admin", "unit-3-nothing"));

		assertThat(grants).containsExactlyInAnyOrder(new RoleGrant(Roles.CLERK, 12L),
				new RoleGrant(Roles.MANAGER, null), new RoleGrant(Roles.CAMUNDA_ADMIN, null));
	}

}

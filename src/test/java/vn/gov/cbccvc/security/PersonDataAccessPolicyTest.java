package vn.gov.cbccvc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.gov.cbccvc.common.DomainException;

class PersonDataAccessPolicyTest {

	/** Unit 12 (a school) sits under 7 (a district office) under 1 (the province); 20 is elsewhere. */
	private static final Map<Long, List<Long>> TREE = Map.of(12L, List.of(7L, 1L), 7L, List.of(1L), 20L, List.of(1L));

	private final PersonDataAccessPolicy policy = new PersonDataAccessPolicy(new CurrentUsers(),
			unit -> TREE.getOrDefault(unit, List.of()));

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyoneReadsAndWritesTheirOwnData_evenWithoutAnyUnitRole() {
		CurrentUser employee = user(100L, new RoleGrant(Roles.EMPLOYEE, 20L));

		assertThat(this.policy.mayRead(employee, 100L, 12L)).isTrue();
		assertThat(this.policy.mayWrite(employee, 100L, 12L)).isTrue();
	}

	@Test
	void employee_mayNotReadAColleagueOfTheSameUnit() {
		CurrentUser employee = user(100L, new RoleGrant(Roles.EMPLOYEE, 12L));

		assertThat(this.policy.mayRead(employee, 101L, 12L)).isFalse();
	}

	@Test
	void clerkOfTheUnit_readsAndWritesItsPeople_butNotThoseOfAnotherUnit() {
		CurrentUser clerk = user(1L, new RoleGrant(Roles.CLERK, 12L));

		assertThat(this.policy.mayRead(clerk, 555L, 12L)).isTrue();
		assertThat(this.policy.mayWrite(clerk, 555L, 12L)).isTrue();
		assertThat(this.policy.mayRead(clerk, 556L, 20L)).isFalse();
		assertThat(this.policy.mayWrite(clerk, 556L, 20L)).isFalse();
	}

	@Test
	void clerkOfAnAncestorUnit_reachesThePeopleOfItsSubUnits_notTheOtherWayRound() {
		CurrentUser districtClerk = user(1L, new RoleGrant(Roles.CLERK, 7L));
		CurrentUser schoolClerk = user(2L, new RoleGrant(Roles.CLERK, 12L));

		assertThat(this.policy.mayRead(districtClerk, 555L, 12L)).isTrue();
		assertThat(this.policy.mayRead(schoolClerk, 556L, 7L)).isFalse();
	}

	@Test
	void withoutAnOrganisationTree_onlyTheUnitItselfCounts() {
		PersonDataAccessPolicy flat = new PersonDataAccessPolicy(new CurrentUsers(), UnitHierarchy.FLAT);
		CurrentUser districtClerk = user(1L, new RoleGrant(Roles.CLERK, 7L));

		assertThat(flat.mayRead(districtClerk, 555L, 7L)).isTrue();
		assertThat(flat.mayRead(districtClerk, 555L, 12L)).isFalse();
	}

	@Test
	void headAndDeputy_readTheirUnitButDoNotEditIt() {
		for (String role : List.of(Roles.HEAD, Roles.DEPUTY)) {
			CurrentUser head = user(1L, new RoleGrant(role, 12L));
			assertThat(this.policy.mayRead(head, 555L, 12L)).as(role).isTrue();
			assertThat(this.policy.mayWrite(head, 555L, 12L)).as(role).isFalse();
		}
	}

	@Test
	void provinceWideManager_readsEveryone_writesNoOne() {
		CurrentUser manager = user(null, new RoleGrant(Roles.MANAGER, null));

		assertThat(this.policy.mayRead(manager, 555L, 20L)).isTrue();
		assertThat(this.policy.mayWrite(manager, 555L, 20L)).isFalse();
		assertThat(this.policy.readScope(manager).everything()).isTrue();
	}

	@Test
	void unitManager_readsOnlyItsUnit() {
		CurrentUser manager = user(null, new RoleGrant(Roles.MANAGER, 20L));

		assertThat(this.policy.mayRead(manager, 555L, 20L)).isTrue();
		assertThat(this.policy.mayRead(manager, 555L, 12L)).isFalse();
	}

	@Test
	void dohaAdmin_readsAndWritesEveryone() {
		CurrentUser admin = user(null, new RoleGrant(Roles.DOHA_ADMIN, null));

		assertThat(this.policy.mayRead(admin, 555L, 12L)).isTrue();
		assertThat(this.policy.mayWrite(admin, 555L, 20L)).isTrue();
	}

	@Test
	void readScope_listsTheUnitsOfReadingRolesAndTheOwnPerson() {
		CurrentUser user = user(100L, new RoleGrant(Roles.EMPLOYEE, 12L), new RoleGrant(Roles.CLERK, 7L),
				new RoleGrant(Roles.HEAD, 20L));

		PersonDataAccess.ReadScope scope = this.policy.readScope(user);

		assertThat(scope.everything()).isFalse();
		assertThat(scope.unitIds()).containsExactly(7L, 20L);
		assertThat(scope.ownPersonId()).isEqualTo(100L);
	}

	@Test
	void requireRead_forTheCurrentCaller_refusesWithA403Problem() {
		CurrentUser clerk = user(1L, new RoleGrant(Roles.CLERK, 12L));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(clerk, null, List.of()));

		this.policy.requireRead(555L, 12L);
		assertThatThrownBy(() -> this.policy.requireRead(555L, 20L)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.getStatus().value()).isEqualTo(403));
	}

	private static CurrentUser user(Long personId, RoleGrant... grants) {
		return new CurrentUser("u" + personId, personId, List.of(grants), Set.of());
	}

}

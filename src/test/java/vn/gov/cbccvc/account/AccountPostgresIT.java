package vn.gov.cbccvc.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.support.PostgresInitializer;

/** The account mappings and queries on real PostgreSQL 16, with the engine's identity in the same transaction. */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class AccountPostgresIT {

	@Autowired
	AccountService service;

	@Autowired
	IdentityService identityService;

	@Test
	void accountLifecycle_roundTripsOnPostgres() {
		long unit = TestAccounts.nextId();
		String idNumber = TestAccounts.personalIdNumber();
		AccountWithPassword created = this.service.createPersonalAccount(TestAccounts.nextId(), idNumber,
				"Nguyễn Thị Minh Khai", unit);
		String head = this.service.createAccountWithPassword(TestAccounts.staff("head", AccountKind.AGENCY, unit,
				new RoleGrant(Roles.HEAD, unit)), TestAccounts.PASSWORD, "test").username();

		this.service.grantRole(idNumber, new RoleGrant(Roles.CLERK, unit), "Phân công đầu mối", "admin");
		this.service.lock(head, "Nghỉ hưu (HY Điều 11.3)", "admin");

		assertThat(this.service.search(unit, null, null, PageRequest.of(0, 10, Sort.by("username"))).getContent())
			.extracting(AccountView::username)
			.containsExactlyInAnyOrder(idNumber, head);
		assertThat(this.service.search(unit, AccountKind.PERSONAL, AccountStatus.ACTIVE, PageRequest.of(0, 10))
			.getContent()).extracting(AccountView::username).containsExactly(idNumber);
		assertThat(this.service.search(null, null, AccountStatus.LOCKED, PageRequest.of(0, 10)).getContent())
			.extracting(AccountView::username)
			.containsExactly(head);
		assertThat(this.service.usernamesWithRole(unit, Roles.CLERK)).containsExactly(idNumber);
		assertThat(this.service.usernamesWithRole(unit, Roles.HEAD)).isEmpty();
		AccountView read = this.service.get(idNumber);
		assertThat(read.roles()).containsExactlyInAnyOrder(new RoleGrant(Roles.EMPLOYEE, unit),
				new RoleGrant(Roles.CLERK, unit));
		assertThat(read.createdAt()).isEqualTo(created.account().createdAt());
		assertThat(this.service.events(head, PageRequest.of(0, 10)).getContent()).extracting(AccountEventView::type)
			.containsExactly(AccountEventType.LOCKED, AccountEventType.ROLE_GRANTED, AccountEventType.CREATED);
		assertThat(this.identityService.checkPassword(idNumber, created.temporaryPassword())).isTrue();
		assertThat(this.identityService.createGroupQuery().groupMember(idNumber).list()).hasSize(List.of(
				Roles.EMPLOYEE, Roles.CLERK, Roles.unitGroup(unit), Roles.unitRoleGroup(unit, Roles.EMPLOYEE),
				Roles.unitRoleGroup(unit, Roles.CLERK)).size());
	}

}

package vn.gov.cbccvc.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountServiceTest {

	@Autowired
	AccountService service;

	@Autowired
	IdentityService identityService;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void personalAccount_isCamundaUserWithEmployeeMembershipsOfItsUnit() {
		long unit = TestAccounts.nextId();
		String idNumber = TestAccounts.personalIdNumber();

		AccountWithPassword created = this.service.createPersonalAccount(TestAccounts.nextId(), idNumber,
				"Trần Thị Bích Ngọc", unit);

		assertThat(created.account().username()).isEqualTo(idNumber);
		assertThat(created.account().kind()).isEqualTo(AccountKind.PERSONAL);
		assertThat(created.account().roles()).containsExactly(new RoleGrant(Roles.EMPLOYEE, unit));
		User user = this.identityService.createUserQuery().userId(idNumber).singleResult();
		assertThat(user.getFirstName()).isEqualTo("Trần Thị Bích");
		assertThat(user.getLastName()).isEqualTo("Ngọc");
		assertThat(this.identityService.checkPassword(idNumber, created.temporaryPassword())).isTrue();
		assertThat(groupsOf(idNumber)).containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.unitGroup(unit),
				Roles.unitRoleGroup(unit, Roles.EMPLOYEE));
		assertThat(this.identityService.createGroupQuery().groupId(Roles.unitGroup(unit)).singleResult().getName())
			.isEqualTo("Đơn vị số " + unit);
	}

	@Test
	void personMovedToAnotherUnit_accountsHomeUnitAndEmployeeGroupsFollow_onceEvenWhenRepeated() {
		long from = TestAccounts.nextId();
		long to = TestAccounts.nextId();
		String idNumber = TestAccounts.personalIdNumber();
		this.service.createPersonalAccount(TestAccounts.nextId(), idNumber, "Lý Thị Hoa", from);

		AccountView moved = this.service.moveEmployee(idNumber, from, to, "Điều động số 12/QĐ", "system");
		this.service.moveEmployee(idNumber, from, to, "Điều động số 12/QĐ", "system");

		assertThat(moved.unitId()).isEqualTo(to);
		assertThat(moved.roles()).containsExactly(new RoleGrant(Roles.EMPLOYEE, to));
		assertThat(groupsOf(idNumber)).containsExactlyInAnyOrder(Roles.EMPLOYEE, Roles.unitGroup(to),
				Roles.unitRoleGroup(to, Roles.EMPLOYEE));
		assertThat(this.service.events(idNumber, PageRequest.of(0, 20)).getContent())
			.extracting(AccountEventView::type)
			.containsOnlyOnce(AccountEventType.MOVED);
	}

	@Test
	void failureLaterInTheDomainTransaction_leavesNeitherAccountNorCamundaUser() {
		String idNumber = TestAccounts.personalIdNumber();

		assertThatThrownBy(() -> this.transactions.executeWithoutResult(status -> {
			this.service.createPersonalAccount(TestAccounts.nextId(), idNumber, "Lê Văn Tám", TestAccounts.nextId());
			throw new IllegalStateException("the caller's next domain write fails");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(this.identityService.createUserQuery().userId(idNumber).count()).isZero();
		assertThat(this.service.find(idNumber)).isEmpty();
	}

	@Test
	void creatingThePersonalAccountTwice_returnsTheSameAccountAndNoNewPassword() {
		long person = TestAccounts.nextId();
		long unit = TestAccounts.nextId();
		String idNumber = TestAccounts.personalIdNumber();
		AccountWithPassword first = this.service.createPersonalAccount(person, idNumber, "Phạm Văn Đồng", unit);

		AccountWithPassword second = this.service.createPersonalAccount(person, idNumber, "Phạm Văn Đồng", unit);

		assertThat(second.account().username()).isEqualTo(first.account().username());
		assertThat(second.account().createdAt()).isEqualTo(first.account().createdAt());
		assertThat(second.temporaryPassword()).isNull();
		assertThat(this.identityService.checkPassword(idNumber, first.temporaryPassword())).isTrue();
	}

	@Test
	void aSecondPersonalAccountForTheSamePerson_isRefused() {
		long person = TestAccounts.nextId();
		this.service.createPersonalAccount(person, TestAccounts.personalIdNumber(), "Võ Thị Sáu", 1);

		assertThatThrownBy(() -> this.service.createPersonalAccount(person, TestAccounts.personalIdNumber(),
				"Võ Thị Sáu", 1))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.getCode()).isEqualTo("account.person-has-account"));
	}

	@Test
	void personalIdNumberNotTwelveDigits_isRejectedAndNothingIsWritten() {
		assertThatThrownBy(() -> this.service.createPersonalAccount(TestAccounts.nextId(), "03319000123",
				"Ngô Quyền", 1))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.getViolations()).extracting("code").containsExactly("personal-id.format"));
		assertThat(this.identityService.createUserQuery().userId("03319000123").count()).isZero();
	}

	@Test
	void grantingAndRemovingRoles_updatesMembershipsAndKeepsTheUnitGroupWhileAnotherRoleNeedsIt() {
		long unit = TestAccounts.nextId();
		String username = this.service
			.createAccountWithPassword(TestAccounts.staff("clerk", AccountKind.SPECIALIST, unit,
					new RoleGrant(Roles.CLERK, unit)), TestAccounts.PASSWORD, "test")
			.username();

		this.service.grantRole(username, new RoleGrant(Roles.HEAD, unit), "Quyết định bổ nhiệm số 12", "admin");
		assertThat(groupsOf(username)).contains(Roles.HEAD, Roles.unitRoleGroup(unit, Roles.HEAD),
				Roles.unitRoleGroup(unit, Roles.CLERK));

		this.service.removeRole(username, new RoleGrant(Roles.CLERK, unit), null, "admin");

		assertThat(groupsOf(username)).containsExactlyInAnyOrder(Roles.HEAD, Roles.unitGroup(unit),
				Roles.unitRoleGroup(unit, Roles.HEAD));
		assertThat(this.service.usernamesWithRole(unit, Roles.HEAD)).containsExactly(username);
		assertThat(this.service.usernamesWithRole(unit, Roles.CLERK)).isEmpty();
		assertThat(this.service.events(username, PageRequest.of(0, 10)).getContent())
			.extracting(AccountEventView::type)
			.containsExactly(AccountEventType.ROLE_REMOVED, AccountEventType.ROLE_GRANTED,
					AccountEventType.ROLE_GRANTED, AccountEventType.CREATED);
	}

	@Test
	void unitRoleWithoutUnit_isRejected() {
		String username = this.service
			.createAccountWithPassword(TestAccounts.staff("spec", AccountKind.SPECIALIST, null), TestAccounts.PASSWORD,
					"test")
			.username();

		assertThatThrownBy(() -> this.service.grantRole(username, new RoleGrant(Roles.CLERK, null), null, "admin"))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.getViolations()).extracting("code").containsExactly("role.unit-required"));
	}

	@Test
	void lockedAccount_failsThePasswordCheckAndLosesGroups_unlockRestoresThemWithANewPassword() {
		long unit = TestAccounts.nextId();
		String idNumber = TestAccounts.personalIdNumber();
		this.service.createPersonalAccount(TestAccounts.nextId(), idNumber, "Hoàng Văn Thụ", unit);
		User user = this.identityService.createUserQuery().userId(idNumber).singleResult();
		user.setPassword(TestAccounts.PASSWORD);
		this.identityService.saveUser(user);

		AccountView locked = this.service.lock(idNumber, "Báo mất mật khẩu (DN Điều 12.3)", "doha");

		assertThat(locked.status()).isEqualTo(AccountStatus.LOCKED);
		assertThat(locked.roles()).containsExactly(new RoleGrant(Roles.EMPLOYEE, unit));
		assertThat(this.identityService.checkPassword(idNumber, TestAccounts.PASSWORD)).isFalse();
		assertThat(groupsOf(idNumber)).isEmpty();
		assertThat(this.service.usernamesWithRole(unit, Roles.EMPLOYEE)).doesNotContain(idNumber);

		AccountWithPassword unlocked = this.service.unlock(idNumber, null, "doha");

		assertThat(unlocked.account().status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(this.identityService.checkPassword(idNumber, unlocked.temporaryPassword())).isTrue();
		assertThat(groupsOf(idNumber)).contains(Roles.EMPLOYEE, Roles.unitRoleGroup(unit, Roles.EMPLOYEE));
	}

	@Test
	void lockingWithoutReason_isRejected() {
		String idNumber = TestAccounts.personalIdNumber();
		this.service.createPersonalAccount(TestAccounts.nextId(), idNumber, "Đinh Bộ Lĩnh", 3);

		assertThatThrownBy(() -> this.service.lock(idNumber, " ", "doha")).isInstanceOf(ValidationException.class);
		assertThat(this.service.get(idNumber).status()).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void revoke_removesRolesAndMembershipsButKeepsTheAccount_andRecreatingReinstatesInTheNewUnit() {
		long person = TestAccounts.nextId();
		long oldUnit = TestAccounts.nextId();
		long newUnit = TestAccounts.nextId();
		String idNumber = TestAccounts.personalIdNumber();
		AccountWithPassword created = this.service.createPersonalAccount(person, idNumber, "Lý Thường Kiệt",
				oldUnit);

		AccountView revoked = this.service.revoke(idNumber, "Chuyển công tác (TT06 Điều 11.1a)", "clerk");

		assertThat(revoked.status()).isEqualTo(AccountStatus.REVOKED);
		assertThat(revoked.roles()).isEmpty();
		assertThat(groupsOf(idNumber)).isEmpty();
		assertThat(this.identityService.checkPassword(idNumber, created.temporaryPassword())).isFalse();
		assertThat(this.identityService.createUserQuery().userId(idNumber).count()).isOne();

		AccountWithPassword back = this.service.createPersonalAccount(person, idNumber, "Lý Thường Kiệt", newUnit);

		assertThat(back.account().status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(back.account().unitId()).isEqualTo(newUnit);
		assertThat(groupsOf(idNumber)).contains(Roles.unitRoleGroup(newUnit, Roles.EMPLOYEE))
			.doesNotContain(Roles.unitGroup(oldUnit));
		assertThat(this.identityService.checkPassword(idNumber, back.temporaryPassword())).isTrue();
	}

	@Test
	void reissuedPassword_replacesTheOldOne() {
		String idNumber = TestAccounts.personalIdNumber();
		AccountWithPassword created = this.service.createPersonalAccount(TestAccounts.nextId(), idNumber,
				"Trưng Trắc", 4);

		AccountWithPassword reissued = this.service.reissuePassword(idNumber, "Báo mất (HCM Điều 15.4)", "doha");

		// The new one first: a failed check makes the engine hold the user back for a few seconds.
		assertThat(this.identityService.checkPassword(idNumber, reissued.temporaryPassword())).isTrue();
		assertThat(this.identityService.checkPassword(idNumber, created.temporaryPassword())).isFalse();
	}

	@Test
	void provinceWideManager_isFoundWithoutUnit() {
		String username = this.service
			.createAccountWithPassword(TestAccounts.staff("lanhdao", AccountKind.AGENCY, null,
					new RoleGrant(Roles.MANAGER, null)), TestAccounts.PASSWORD, "test")
			.username();

		assertThat(this.service.usernamesWithRole(null, Roles.MANAGER)).contains(username);
		assertThat(groupsOf(username)).containsExactly(Roles.MANAGER);
	}

	private List<String> groupsOf(String username) {
		return this.identityService.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
	}

}

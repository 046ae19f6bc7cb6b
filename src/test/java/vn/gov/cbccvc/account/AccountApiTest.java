package vn.gov.cbccvc.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountApiTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	AccountService service;

	@Autowired
	IdentityService identityService;

	long unit;

	String admin;

	String clerk;

	@BeforeEach
	void accounts() {
		this.unit = TestAccounts.nextId();
		this.admin = this.service.createAccountWithPassword(TestAccounts.staff("snv", AccountKind.SYSTEM_ADMIN, null,
				new RoleGrant(Roles.DOHA_ADMIN, null)), TestAccounts.PASSWORD, "test").username();
		this.clerk = this.service.createAccountWithPassword(TestAccounts.staff("daumoi", AccountKind.SPECIALIST,
				this.unit, new RoleGrant(Roles.CLERK, this.unit)), TestAccounts.PASSWORD, "test").username();
	}

	@Test
	void lockedAccount_getsHttp401_evenIfItsEnginePasswordWereSetAgain_andUnlockLetsItBackIn() {
		assertThat(as(this.clerk, TestAccounts.PASSWORD).getForEntity("/api/accounts/me", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		this.service.lock(this.clerk, "Nghi lộ mật khẩu", this.admin);
		setEnginePassword(this.clerk, TestAccounts.PASSWORD);

		assertThat(as(this.clerk, TestAccounts.PASSWORD).getForEntity("/api/accounts/me", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		String password = this.service.unlock(this.clerk, null, this.admin).temporaryPassword();
		ResponseEntity<Map> me = as(this.clerk, password).getForEntity("/api/accounts/me", Map.class);
		assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(me.getBody()).containsEntry("status", "ACTIVE");
	}

	@Test
	void adminLocksThroughTheApi_withAReason() {
		ResponseEntity<Map> refused = as(this.admin, TestAccounts.PASSWORD)
			.postForEntity("/api/accounts/" + this.clerk + "/lock", Map.of("reason", ""), Map.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		ResponseEntity<Map> locked = as(this.admin, TestAccounts.PASSWORD)
			.postForEntity("/api/accounts/" + this.clerk + "/lock", Map.of("reason", "Nghỉ phép dài hạn"), Map.class);
		assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(locked.getBody()).containsEntry("status", "LOCKED");
	}

	@Test
	void nonAdminGrantingARole_gets403Problem_andNothingChanges() {
		ResponseEntity<Map> response = as(this.clerk, TestAccounts.PASSWORD).postForEntity(
				"/api/accounts/" + this.clerk + "/roles", Map.of("role", Roles.DOHA_ADMIN), Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody()).containsEntry("code", "forbidden");
		assertThat(this.service.get(this.clerk).roles()).containsExactly(new RoleGrant(Roles.CLERK, this.unit));
	}

	@Test
	void adminGrantsARole_andTheMembershipFollows() {
		ResponseEntity<Map> response = as(this.admin, TestAccounts.PASSWORD).postForEntity(
				"/api/accounts/" + this.clerk + "/roles",
				Map.of("role", Roles.HEAD, "unitId", this.unit, "reason", "Quyết định số 5"), Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(this.identityService.createUserQuery()
			.memberOfGroup(Roles.unitRoleGroup(this.unit, Roles.HEAD))
			.list()).extracting(User::getId).containsExactly(this.clerk);
	}

	@Test
	void clerk_createsPersonalAccountsForTheirUnitOnly_andTheNewEmployeeLogsIn() {
		String idNumber = TestAccounts.personalIdNumber();
		ResponseEntity<Map> created = as(this.clerk, TestAccounts.PASSWORD).postForEntity("/api/accounts/personal",
				Map.of("personId", TestAccounts.nextId(), "personalIdNumber", idNumber, "displayName",
						"Bùi Thị Xuân", "unitId", this.unit),
				Map.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String password = (String) created.getBody().get("temporaryPassword");
		assertThat(password).hasSize(16);
		assertThat(as(idNumber, password).getForEntity("/api/accounts/me", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);

		ResponseEntity<Map> otherUnit = as(this.clerk, TestAccounts.PASSWORD).postForEntity("/api/accounts/personal",
				Map.of("personId", TestAccounts.nextId(), "personalIdNumber", TestAccounts.personalIdNumber(),
						"displayName", "Bùi Thị Xuân", "unitId", this.unit + 1),
				Map.class);
		assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void personalIdNumberWithLetters_isA400WithTheFieldNamed() {
		ResponseEntity<Map> response = as(this.admin, TestAccounts.PASSWORD).postForEntity("/api/accounts/personal",
				Map.of("personId", 1, "personalIdNumber", "03319000AB12", "displayName", "X", "unitId", 1),
				Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, Object>>) response.getBody().get("violations")).extracting(v -> v.get("field"))
			.containsExactly("personalIdNumber");
	}

	@Test
	void admin_createsAnAgencyAccountForTheHead() {
		ResponseEntity<Map> response = as(this.admin, TestAccounts.PASSWORD).postForEntity("/api/accounts",
				Map.of("kind", "AGENCY", "username", "truongphong." + this.unit, "displayName", "Trưởng phòng Nội vụ",
						"unitId", this.unit, "roles", List.of(Map.of("role", Roles.HEAD, "unitId", this.unit))),
				Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.service.usernamesWithRole(this.unit, Roles.HEAD)).containsExactly("truongphong." + this.unit);
	}

	@Test
	void clerk_mayNotCreateAgencyAccounts() {
		ResponseEntity<Map> response = as(this.clerk, TestAccounts.PASSWORD).postForEntity("/api/accounts",
				Map.of("kind", "AGENCY", "username", "x." + this.unit, "displayName", "X"), Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void anEmployeeReadsTheirOwnAccountButNotAnotherOne() {
		String idNumber = TestAccounts.personalIdNumber();
		String password = this.service
			.createPersonalAccount(TestAccounts.nextId(), idNumber, "Mai Hắc Đế", this.unit)
			.temporaryPassword();

		assertThat(as(idNumber, password).getForEntity("/api/accounts/" + idNumber, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(as(idNumber, password).getForEntity("/api/accounts/" + this.clerk, Map.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as(this.clerk, TestAccounts.PASSWORD).getForEntity("/api/accounts/" + idNumber, Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void theHolderChangesTheirOwnPassword() {
		ResponseEntity<Void> response = as(this.clerk, TestAccounts.PASSWORD).exchange("/api/accounts/me/password",
				HttpMethod.POST, new HttpEntity<>(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword",
						"Another-long-password-2")),
				Void.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.identityService.checkPassword(this.clerk, "Another-long-password-2")).isTrue();
	}

	private TestRestTemplate as(String username, String password) {
		return this.rest.withBasicAuth(username, password);
	}

	private void setEnginePassword(String username, String password) {
		User user = this.identityService.createUserQuery().userId(username).singleResult();
		user.setPassword(password);
		this.identityService.saveUser(user);
	}

}

package vn.gov.cbccvc.account;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.gov.cbccvc.account.AccountRequests.CreateAccountRequest;
import vn.gov.cbccvc.account.AccountRequests.PasswordChangeRequest;
import vn.gov.cbccvc.account.AccountRequests.PersonalAccountRequest;
import vn.gov.cbccvc.account.AccountRequests.ReasonRequest;
import vn.gov.cbccvc.account.AccountRequests.RoleRequest;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.CurrentUsers;
import vn.gov.cbccvc.security.RoleGrant;

/** Account management API (TT06 Art. 3.7). Only the DoHA admin manages agency accounts and roles (HY Art. 3.10). */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "Tài khoản / Accounts", description = "Tạo, phân quyền, khóa, thu hồi tài khoản / account management")
class AccountController {

	static final String ADMIN = "hasAnyAuthority('GROUP_role-doha-admin', 'GROUP_camunda-admin')";

	private final AccountService service;

	private final AccountAccess access;

	private final CurrentUsers currentUsers;

	AccountController(AccountService service, AccountAccess access, CurrentUsers currentUsers) {
		this.service = service;
		this.access = access;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/me")
	@Operation(summary = "Tài khoản của tôi / My account")
	AccountView me() {
		return this.service.get(this.currentUsers.require().username());
	}

	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Đổi mật khẩu của tôi / Change my password")
	void changeMyPassword(@Valid @RequestBody PasswordChangeRequest request) {
		this.service.changeOwnPassword(this.currentUsers.require().username(), request.currentPassword(),
				request.newPassword());
	}

	@GetMapping
	@Operation(summary = "Danh sách tài khoản / List accounts",
			description = "DoHA admin: all; a clerk: the accounts of a unit they serve (unitId required)")
	Page<AccountView> list(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) AccountKind kind, @RequestParam(required = false) AccountStatus status,
			@PageableDefault(size = 50, sort = "username", direction = Sort.Direction.ASC) Pageable pageable) {
		this.access.requireMayList(this.currentUsers.require(), unitId);
		return this.service.search(unitId, kind, status, pageable);
	}

	@GetMapping("/{username}")
	@Operation(summary = "Xem một tài khoản / Read an account")
	AccountView get(@PathVariable String username) {
		AccountView account = this.service.get(username);
		this.access.requireMayRead(this.currentUsers.require(), account);
		return account;
	}

	@GetMapping("/{username}/events")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Nhật ký tài khoản / Account audit trail")
	Page<AccountEventView> events(@PathVariable String username, @PageableDefault(size = 50) Pageable pageable) {
		return this.service.events(username, pageable);
	}

	@PostMapping("/personal")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Tạo tài khoản cá nhân / Create a personal account",
			description = "Username = 12-digit personal ID number (TT06 Art. 3.6). The temporary password is shown once.")
	AccountWithPassword createPersonal(@Valid @RequestBody PersonalAccountRequest request) {
		CurrentUser user = this.currentUsers.require();
		this.access.requireMayCreatePersonal(user, request.unitId());
		return this.service.createPersonalAccount(request.personId(), request.personalIdNumber(),
				request.displayName(), request.unitId(), request.email(), user.username());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(ADMIN)
	@Operation(summary = "Tạo tài khoản cơ quan, chuyên viên, quản trị / Create an agency, specialist or admin account")
	AccountWithPassword create(@Valid @RequestBody CreateAccountRequest request) {
		return this.service.createAccount(request.toNewAccount(), actor());
	}

	@PostMapping("/{username}/roles")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Cấp vai trò / Grant a role")
	AccountView grantRole(@PathVariable String username, @Valid @RequestBody RoleRequest request) {
		return this.service.grantRole(username, request.grant(), request.reason(), actor());
	}

	@DeleteMapping("/{username}/roles")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Thu hồi vai trò / Remove a role")
	AccountView removeRole(@PathVariable String username, @RequestParam String role,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String reason) {
		return this.service.removeRole(username, new RoleGrant(role, unitId), reason, actor());
	}

	@PostMapping("/{username}/lock")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Khóa tài khoản / Lock an account", description = "A reason is required")
	AccountView lock(@PathVariable String username, @Valid @RequestBody ReasonRequest request) {
		return this.service.lock(username, request.reason(), actor());
	}

	@PostMapping("/{username}/unlock")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Mở khóa tài khoản / Unlock an account", description = "Issues a new temporary password")
	AccountWithPassword unlock(@PathVariable String username, @Valid @RequestBody(required = false) ReasonRequest request) {
		return this.service.unlock(username, request == null ? null : request.reason(), actor());
	}

	@PostMapping("/{username}/revoke")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Thu hồi quyền truy cập / Revoke access", description = "TT06 Art. 11.1a; the account is kept")
	AccountView revoke(@PathVariable String username, @Valid @RequestBody ReasonRequest request) {
		return this.service.revoke(username, request.reason(), actor());
	}

	@PostMapping("/{username}/password")
	@PreAuthorize(ADMIN)
	@Operation(summary = "Cấp lại mật khẩu / Re-issue a password", description = "Lost or stolen: DN Art. 12.3, HCM Art. 15.4")
	AccountWithPassword reissuePassword(@PathVariable String username, @Valid @RequestBody ReasonRequest request) {
		return this.service.reissuePassword(username, request.reason(), actor());
	}

	private String actor() {
		return this.currentUsers.require().username();
	}

}

package vn.gov.cbccvc.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.CurrentUsers;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;

/**
 * Account management (TT06 Art. 3.7: create accounts, grant, restrict, extend and revoke access; DN Art. 12.3,
 * HCM Art. 15.4: re-issue a lost or stolen password). Every change writes the account tables, the engine's
 * identity (user, password, memberships) and the audit trail in one transaction.
 * <p>
 * These methods do not check who the caller is: BPMN delegates call them as the system and name the actor; the
 * REST controller checks the caller's roles first.
 * <p>
 * Locking works through the engine's public identity API only: the engine user's password is replaced by a random
 * one nobody knows and every group membership is removed (so no Tasklist, Cockpit or engine REST access even for an
 * open webapp session once it re-reads its groups); the API's login also refuses LOCKED and REVOKED accounts.
 * Unlocking restores the memberships from the kept role assignments and issues a new temporary password (the old
 * one may be the stolen one).
 */
@Service
@Transactional
public class AccountService {

	static final String SYSTEM_ACTOR = "system";

	private static final Logger log = LoggerFactory.getLogger(AccountService.class);

	private final AccountRepository accounts;

	private final AccountEventRepository events;

	private final CamundaIdentity identity;

	private final PasswordGenerator passwords;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	@Autowired
	AccountService(AccountRepository accounts, AccountEventRepository events, CamundaIdentity identity,
			PasswordGenerator passwords, CurrentUsers currentUsers) {
		this(accounts, events, identity, passwords, currentUsers, Clock.systemUTC());
	}

	AccountService(AccountRepository accounts, AccountEventRepository events, CamundaIdentity identity,
			PasswordGenerator passwords, CurrentUsers currentUsers, Clock clock) {
		this.accounts = accounts;
		this.events = events;
		this.identity = identity;
		this.passwords = passwords;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	/**
	 * The personal account of a person (TT06 Art. 3.6, 6.2; HY Art. 10.1): username = personal ID number, role
	 * employee of the managing unit. Idempotent: a second call returns the same account without a new password.
	 * An account revoked earlier (the person left and comes back, TT06 Art. 11.1b) is reinstated in the new unit
	 * with a new password.
	 */
	public AccountWithPassword createPersonalAccount(long personId, String personalIdNumber, String displayName,
			long unitId) {
		return createPersonalAccount(personId, personalIdNumber, displayName, unitId, null, actor());
	}

	public AccountWithPassword createPersonalAccount(long personId, String personalIdNumber, String displayName,
			long unitId, String email, String actor) {
		List<FieldViolation> violations = new ArrayList<>();
		AccountRules.checkPersonalIdNumber(personalIdNumber, violations);
		AccountRules.checkDisplayName(displayName, violations);
		ValidationException.throwIfAny(violations);
		Optional<Account> existing = this.accounts.findByUsername(personalIdNumber);
		if (existing.isPresent()) {
			Account account = existing.get();
			if (account.getKind() != AccountKind.PERSONAL || !Long.valueOf(personId).equals(account.getPersonId())) {
				throw DomainException.conflict("account.id-number-taken",
						"Số định danh này đã được dùng cho một tài khoản khác",
						"This personal ID number is already the username of another account");
			}
			if (account.getStatus() == AccountStatus.REVOKED) {
				return reinstate(account, unitId, displayName.trim(), actor);
			}
			return new AccountWithPassword(AccountView.of(account), null);
		}
		this.accounts.findFirstByKindAndPersonId(AccountKind.PERSONAL, personId).ifPresent(other -> {
			throw DomainException.conflict("account.person-has-account",
					"Người này đã có tài khoản cá nhân (mỗi người một tài khoản, HY Điều 4.5)",
					"This person already has a personal account (one per person, HY Art. 4.5)");
		});
		NewAccount spec = new NewAccount(AccountKind.PERSONAL, personalIdNumber, displayName, email, personId,
				unitId, List.of(new RoleGrant(Roles.EMPLOYEE, unitId)));
		String password = this.passwords.next();
		return new AccountWithPassword(create(spec, password, actor), password);
	}

	/** An agency, specialist or system-admin account (HY Art. 3.10-3.12) with a temporary password. */
	public AccountWithPassword createAccount(NewAccount spec, String actor) {
		String password = this.passwords.next();
		return new AccountWithPassword(createAccountWithPassword(spec, password, actor), password);
	}

	/** Any kind of account with a chosen password: for demo data and tests, never for real people. */
	public AccountView createAccountWithPassword(NewAccount spec, String password, String actor) {
		if (password == null || password.isBlank()) {
			throw DomainException.invalid("password.required", "Chưa nhập mật khẩu", "A password is required");
		}
		List<RoleGrant> roles = new ArrayList<>(spec.roles());
		if (spec.kind() == AccountKind.PERSONAL && spec.unitId() != null
				&& !roles.contains(new RoleGrant(Roles.EMPLOYEE, spec.unitId()))) {
			roles.add(0, new RoleGrant(Roles.EMPLOYEE, spec.unitId()));
		}
		NewAccount withRoles = new NewAccount(spec.kind(), spec.username(), spec.displayName(), spec.email(),
				spec.personId(), spec.unitId(), roles);
		return create(withRoles, password, actor);
	}

	private AccountView create(NewAccount spec, String password, String actor) {
		AccountRules.checkNew(spec);
		if (this.accounts.findByUsername(spec.username()).isPresent() || this.identity.userExists(spec.username())) {
			throw DomainException.conflict("account.username-taken", "Tên đăng nhập đã tồn tại",
					"The username is already taken");
		}
		Instant now = now();
		String email = spec.email() == null || spec.email().isBlank() ? null : spec.email().trim();
		Account account = new Account(spec.kind(), spec.username(), spec.personId(), spec.unitId(),
				spec.displayName().trim(), email, now);
		spec.roles().stream().distinct().forEach(grant -> account.grant(grant, actor, now));
		this.accounts.saveAndFlush(account);
		this.identity.createUser(account.getUsername(), account.getDisplayName(), email, password);
		this.identity.syncMemberships(account.getUsername(), account.grants());
		record(account, AccountEventType.CREATED, null, actor, null, now);
		account.grants().forEach(g -> record(account, AccountEventType.ROLE_GRANTED, g, actor, null, now));
		log.info("Account {} ({}) created by {}", AccountRules.masked(account.getUsername()), account.getKind(),
				actor);
		return AccountView.of(account);
	}

	private AccountWithPassword reinstate(Account account, long unitId, String displayName, String actor) {
		Instant now = now();
		account.moveTo(unitId, displayName, now);
		account.changeStatus(AccountStatus.ACTIVE, null, now);
		RoleGrant employee = new RoleGrant(Roles.EMPLOYEE, unitId);
		account.grant(employee, actor, now);
		String password = this.passwords.next();
		this.identity.updateProfile(account.getUsername(), displayName, account.getEmail());
		this.identity.setPassword(account.getUsername(), password);
		this.identity.syncMemberships(account.getUsername(), account.grants());
		record(account, AccountEventType.REINSTATED, null, actor, null, now);
		record(account, AccountEventType.ROLE_GRANTED, employee, actor, null, now);
		return new AccountWithPassword(AccountView.of(account), password);
	}

	public AccountView grantRole(String username, RoleGrant grant, String reason, String actor) {
		AccountRules.checkGrant(grant, "role");
		Account account = require(username);
		if (account.holds(grant)) {
			return AccountView.of(account);
		}
		if (account.getStatus() == AccountStatus.REVOKED) {
			throw DomainException.conflict("account.revoked", "Tài khoản đã bị thu hồi quyền truy cập",
					"The account's access has been revoked");
		}
		Instant now = now();
		account.grant(grant, actor, now);
		syncMemberships(account);
		record(account, AccountEventType.ROLE_GRANTED, grant, actor, AccountRules.optionalReason(reason), now);
		return AccountView.of(account);
	}

	/**
	 * A person moved to another unit (TT06 Art. 11.1, HY Art. 11.1, HCM Art. 8.1-8.2): the personal account's home
	 * unit and its employee role follow, in one membership sync; the history keeps both steps. Idempotent.
	 */
	public AccountView moveEmployee(String username, long fromUnitId, long toUnitId, String reason, String actor) {
		Account account = require(username);
		if (account.getStatus() == AccountStatus.REVOKED) {
			throw DomainException.conflict("account.revoked", "Tài khoản đã bị thu hồi quyền truy cập",
					"The account's access has been revoked");
		}
		RoleGrant before = new RoleGrant(Roles.EMPLOYEE, fromUnitId);
		RoleGrant after = new RoleGrant(Roles.EMPLOYEE, toUnitId);
		if (Long.valueOf(toUnitId).equals(account.getUnitId()) && account.holds(after) && !account.holds(before)) {
			return AccountView.of(account);
		}
		Instant now = now();
		String why = AccountRules.optionalReason(reason);
		if (fromUnitId != toUnitId && account.holds(before)) {
			account.remove(before, now);
			record(account, AccountEventType.ROLE_REMOVED, before, actor, why, now);
		}
		if (!account.holds(after)) {
			account.grant(after, actor, now);
			record(account, AccountEventType.ROLE_GRANTED, after, actor, why, now);
		}
		account.moveTo(toUnitId, account.getDisplayName(), now);
		syncMemberships(account);
		record(account, AccountEventType.MOVED, after, actor, why, now);
		return AccountView.of(account);
	}

	public AccountView removeRole(String username, RoleGrant grant, String reason, String actor) {
		Account account = require(username);
		if (!account.holds(grant)) {
			return AccountView.of(account);
		}
		Instant now = now();
		account.remove(grant, now);
		syncMemberships(account);
		record(account, AccountEventType.ROLE_REMOVED, grant, actor, AccountRules.optionalReason(reason), now);
		return AccountView.of(account);
	}

	/** Restricts access (TT06 Art. 3.7), e.g. a stolen password (DN Art. 12.3). Idempotent. */
	public AccountView lock(String username, String reason, String actor) {
		String why = AccountRules.requireReason(reason);
		Account account = require(username);
		if (account.getStatus() != AccountStatus.ACTIVE) {
			return AccountView.of(account);
		}
		Instant now = now();
		account.changeStatus(AccountStatus.LOCKED, why, now);
		shutOut(account);
		record(account, AccountEventType.LOCKED, null, actor, why, now);
		log.info("Account {} locked by {}", AccountRules.masked(username), actor);
		return AccountView.of(account);
	}

	/** Gives access back with the kept roles and a new temporary password. Idempotent for an active account. */
	public AccountWithPassword unlock(String username, String reason, String actor) {
		Account account = require(username);
		if (account.getStatus() == AccountStatus.ACTIVE) {
			return new AccountWithPassword(AccountView.of(account), null);
		}
		if (account.getStatus() == AccountStatus.REVOKED) {
			throw DomainException.conflict("account.revoked",
					"Tài khoản đã bị thu hồi; tài khoản cá nhân được cấp lại khi tạo lại cho người đó",
					"The account is revoked; a personal account is reinstated by creating it again");
		}
		Instant now = now();
		account.changeStatus(AccountStatus.ACTIVE, null, now);
		String password = this.passwords.next();
		this.identity.setPassword(username, password);
		this.identity.syncMemberships(username, account.grants());
		record(account, AccountEventType.UNLOCKED, null, actor, AccountRules.optionalReason(reason), now);
		return new AccountWithPassword(AccountView.of(account), password);
	}

	/**
	 * Revokes access when the person leaves (TT06 Art. 11.1a; HY Art. 11.3): roles and memberships go, the account
	 * and the engine user stay for the audit trail. Idempotent.
	 */
	public AccountView revoke(String username, String reason, String actor) {
		String why = AccountRules.requireReason(reason);
		Account account = require(username);
		if (account.getStatus() == AccountStatus.REVOKED) {
			return AccountView.of(account);
		}
		Instant now = now();
		for (RoleGrant grant : account.grants()) {
			account.remove(grant, now);
			record(account, AccountEventType.ROLE_REMOVED, grant, actor, why, now);
		}
		account.changeStatus(AccountStatus.REVOKED, why, now);
		shutOut(account);
		record(account, AccountEventType.REVOKED, null, actor, why, now);
		log.info("Account {} revoked by {}", AccountRules.masked(username), actor);
		return AccountView.of(account);
	}

	/** A lost or stolen password: the DoHA issues a new one (DN Art. 12.3, HCM Art. 15.4). */
	public AccountWithPassword reissuePassword(String username, String reason, String actor) {
		String why = AccountRules.requireReason(reason);
		Account account = require(username);
		if (account.getStatus() != AccountStatus.ACTIVE) {
			throw DomainException.conflict("account.not-active",
					"Tài khoản đang bị khóa hoặc thu hồi: hãy mở khóa (mở khóa cũng cấp mật khẩu mới)",
					"The account is locked or revoked: unlock it (unlocking issues a new password)");
		}
		Instant now = now();
		String password = this.passwords.next();
		this.identity.setPassword(username, password);
		account.touch(now);
		record(account, AccountEventType.PASSWORD_REISSUED, null, actor, why, now);
		return new AccountWithPassword(AccountView.of(account), password);
	}

	/** The holder changes their own password (DN Art. 12.3: change it regularly). */
	public void changeOwnPassword(String username, String currentPassword, String newPassword) {
		Account account = require(username);
		if (!this.identity.checkPassword(username, currentPassword)) {
			throw DomainException.invalid("password.wrong", "Mật khẩu hiện tại không đúng",
					"The current password is wrong");
		}
		if (newPassword == null || newPassword.length() < 10 || newPassword.length() > 128
				|| newPassword.equals(currentPassword)) {
			throw DomainException.invalid("password.weak", "Mật khẩu mới phải dài 10-128 ký tự và khác mật khẩu cũ",
					"The new password must have 10-128 characters and differ from the current one");
		}
		Instant now = now();
		this.identity.setPassword(username, newPassword);
		account.touch(now);
		record(account, AccountEventType.PASSWORD_CHANGED, null, username, null, now);
	}

	/** Active accounts holding a role in a unit, or province-wide when {@code unitId} is null (e.g. for BPMN). */
	@Transactional(readOnly = true)
	public List<String> usernamesWithRole(Long unitId, String role) {
		return unitId == null ? this.accounts.activeUsernamesWithProvinceWideRole(role)
				: this.accounts.activeUsernamesWithRoleInUnit(role, unitId);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(String username) {
		return this.accounts.findByUsername(username).map(AccountView::of);
	}

	@Transactional(readOnly = true)
	public AccountView get(String username) {
		return AccountView.of(require(username));
	}

	@Transactional(readOnly = true)
	public Page<AccountView> search(Long unitId, AccountKind kind, AccountStatus status, Pageable pageable) {
		return this.accounts.search(unitId, kind, status, pageable).map(AccountView::of);
	}

	@Transactional(readOnly = true)
	public Page<AccountEventView> events(String username, Pageable pageable) {
		Account account = require(username);
		return this.events.findByAccountIdOrderByOccurredAtDescIdDesc(account.getId(), pageable)
			.map(AccountEvent::view);
	}

	private void syncMemberships(Account account) {
		this.identity.syncMemberships(account.getUsername(),
				account.getStatus() == AccountStatus.ACTIVE ? account.grants() : List.of());
	}

	/** No way in: an unknown random password and no group. */
	private void shutOut(Account account) {
		this.identity.setPassword(account.getUsername(), this.passwords.next() + this.passwords.next());
		this.identity.syncMemberships(account.getUsername(), List.of());
	}

	private Account require(String username) {
		return this.accounts.findByUsername(username)
			.orElseThrow(() -> new DomainException(HttpStatus.NOT_FOUND, "account.not-found",
					"Không tìm thấy tài khoản " + AccountRules.masked(username),
					"No account " + AccountRules.masked(username)));
	}

	private void record(Account account, AccountEventType type, RoleGrant grant, String actor, String reason,
			Instant now) {
		this.events.save(new AccountEvent(account.getId(), type, grant == null ? null : grant.role(),
				grant == null ? null : grant.unitId(), actor == null ? SYSTEM_ACTOR : actor, reason, now));
	}

	private String actor() {
		return this.currentUsers.current().map(CurrentUser::username).orElse(SYSTEM_ACTOR);
	}

	/** Microseconds, as both databases store them, so a value read back equals the one written. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}

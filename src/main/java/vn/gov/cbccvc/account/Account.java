package vn.gov.cbccvc.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.cbccvc.security.RoleGrant;

/** An account of the database; its Camunda user has the same id ({@code username}). */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64, updatable = false)
	private String username;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private AccountKind kind;

	@Column(name = "person_id")
	private Long personId;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@Column(length = 254)
	private String email;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(nullable = false, length = 20)
	private AccountStatus status;

	@Column(name = "status_reason", length = 1000)
	private String statusReason;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(nullable = false)
	private long version;

	@OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 100)
	private List<AccountRole> roles = new ArrayList<>();

	protected Account() {
	}

	Account(AccountKind kind, String username, Long personId, Long unitId, String displayName, String email,
			Instant now) {
		this.kind = kind;
		this.username = username;
		this.personId = personId;
		this.unitId = unitId;
		this.displayName = displayName;
		this.email = email;
		this.status = AccountStatus.ACTIVE;
		this.createdAt = now;
		this.updatedAt = now;
	}

	boolean holds(RoleGrant grant) {
		return this.roles.stream().anyMatch(r -> r.grant().equals(grant));
	}

	void grant(RoleGrant grant, String actor, Instant now) {
		this.roles.add(new AccountRole(this, grant.role(), grant.unitId(), actor, now));
		this.updatedAt = now;
	}

	void remove(RoleGrant grant, Instant now) {
		this.roles.removeIf(r -> r.grant().equals(grant));
		this.updatedAt = now;
	}

	List<RoleGrant> grants() {
		return this.roles.stream().map(AccountRole::grant).toList();
	}

	void changeStatus(AccountStatus status, String reason, Instant now) {
		this.status = status;
		this.statusReason = reason;
		this.updatedAt = now;
	}

	/** A person who comes back (e.g. transferred in again, TT06 Art. 11.1b) is managed by a new unit. */
	void moveTo(Long unitId, String displayName, Instant now) {
		this.unitId = unitId;
		this.displayName = displayName;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	AccountKind getKind() {
		return this.kind;
	}

	Long getPersonId() {
		return this.personId;
	}

	Long getUnitId() {
		return this.unitId;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getEmail() {
		return this.email;
	}

	AccountStatus getStatus() {
		return this.status;
	}

	String getStatusReason() {
		return this.statusReason;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}

package vn.gov.cbccvc.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the append-only account audit trail: who did what to which account, when and why. */
@Entity
@Immutable
@Table(name = "account_event")
class AccountEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "event_type", nullable = false, length = 30)
	private AccountEventType type;

	@Column(length = 40)
	private String role;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(length = 1000)
	private String reason;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected AccountEvent() {
	}

	AccountEvent(Long accountId, AccountEventType type, String role, Long unitId, String actor, String reason,
			Instant occurredAt) {
		this.accountId = accountId;
		this.type = type;
		this.role = role;
		this.unitId = unitId;
		this.actor = actor;
		this.reason = reason;
		this.occurredAt = occurredAt;
	}

	AccountEventView view() {
		return new AccountEventView(this.type, this.role, this.unitId, this.actor, this.reason, this.occurredAt);
	}

}

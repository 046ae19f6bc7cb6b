package vn.gov.cbccvc.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.gov.cbccvc.security.RoleGrant;

/** A role an account holds in a unit, or province-wide when {@code unitId} is null. */
@Entity
@Table(name = "account_role")
class AccountRole {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "account_id", nullable = false)
	private Account account;

	@Column(nullable = false, length = 40)
	private String role;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	@Column(name = "granted_by", nullable = false, length = 64)
	private String grantedBy;

	protected AccountRole() {
	}

	AccountRole(Account account, String role, Long unitId, String grantedBy, Instant grantedAt) {
		this.account = account;
		this.role = role;
		this.unitId = unitId;
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
	}

	RoleGrant grant() {
		return new RoleGrant(this.role, this.unitId);
	}

}

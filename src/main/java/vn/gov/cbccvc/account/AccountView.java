package vn.gov.cbccvc.account;

import java.time.Instant;
import java.util.List;

import vn.gov.cbccvc.security.RoleGrant;

/** An account as other features and the API see it (never a password). */
public record AccountView(String username, AccountKind kind, Long personId, Long unitId, String displayName,
		String email, AccountStatus status, String statusReason, List<RoleGrant> roles, Instant createdAt,
		Instant updatedAt) {

	static AccountView of(Account a) {
		return new AccountView(a.getUsername(), a.getKind(), a.getPersonId(), a.getUnitId(), a.getDisplayName(),
				a.getEmail(), a.getStatus(), a.getStatusReason(), a.grants(), a.getCreatedAt(), a.getUpdatedAt());
	}

}

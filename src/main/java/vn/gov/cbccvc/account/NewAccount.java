package vn.gov.cbccvc.account;

import java.util.List;

import vn.gov.cbccvc.security.RoleGrant;

/** What an agency, specialist or system-admin account is created with (HY Art. 3.10-3.12). */
public record NewAccount(AccountKind kind, String username, String displayName, String email, Long personId,
		Long unitId, List<RoleGrant> roles) {

	public NewAccount {
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

}

package vn.gov.cbccvc.security;

import java.util.List;
import java.util.Optional;

/**
 * The account register as login sees it (implemented by the account feature): whether an account may log in,
 * whose it is and which roles it holds. Users that exist only in the engine (no account) are not found here.
 */
public interface LoginAccounts {

	Optional<LoginAccount> find(String username);

	record LoginAccount(String username, Long personId, boolean mayLogIn, List<RoleGrant> grants) {
	}

}

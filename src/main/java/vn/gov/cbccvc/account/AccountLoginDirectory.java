package vn.gov.cbccvc.account;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.security.LoginAccounts;

/** Tells the API login whether an account may log in, whose it is and what it holds. */
@Component
class AccountLoginDirectory implements LoginAccounts {

	private final AccountRepository accounts;

	AccountLoginDirectory(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<LoginAccount> find(String username) {
		return this.accounts.findByUsername(username)
			.map(a -> new LoginAccount(a.getUsername(), a.getPersonId(), a.getStatus() == AccountStatus.ACTIVE,
					a.grants()));
	}

}

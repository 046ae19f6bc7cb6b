package vn.gov.cbccvc.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials of the domain API against the engine's identity store, the one place where
 * accounts live for Tasklist, Cockpit, the engine REST API and the domain API alike. A LOCKED or REVOKED account
 * is refused even if its password were known (TT06 Art. 3.7: access restricted or revoked). The principal is a
 * {@link CurrentUser}.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	private final LoginAccounts accounts;

	CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginAccounts accounts) {
		this.identityService = identityService;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		if (!this.identityService.checkPassword(userId, password)) {
			throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu / Bad credentials");
		}
		Optional<LoginAccounts.LoginAccount> account = this.accounts.find(userId);
		if (account.isPresent() && !account.get().mayLogIn()) {
			throw new LockedException("Tài khoản đã bị khóa hoặc thu hồi / The account is locked or revoked");
		}
		Set<String> groupIds = this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toSet());
		List<SimpleGrantedAuthority> authorities = groupIds.stream()
			.map(id -> new SimpleGrantedAuthority(Roles.authority(id)))
			.toList();
		CurrentUser user = account
			.map(a -> new CurrentUser(userId, a.personId(), a.grants(), groupIds))
			.orElseGet(() -> new CurrentUser(userId, null, RoleGrant.fromCamundaGroups(groupIds), groupIds));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}

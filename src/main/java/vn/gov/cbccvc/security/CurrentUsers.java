package vn.gov.cbccvc.security;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.DomainException;

/** Reads the {@link CurrentUser} of the request being served; services call this instead of Spring Security. */
@Component
public class CurrentUsers {

	public Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	public CurrentUser require() {
		return current().orElseThrow(() -> new DomainException(HttpStatus.UNAUTHORIZED, "not-logged-in",
				"Cần đăng nhập", "A login is required"));
	}

}

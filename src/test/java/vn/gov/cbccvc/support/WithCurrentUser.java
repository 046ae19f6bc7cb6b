package vn.gov.cbccvc.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;

/**
 * Runs a test as a logged-in account with province-wide roles, as the API's authentication would set it up
 * (principal {@link CurrentUser}, authorities {@code GROUP_<group>}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@WithSecurityContext(factory = WithCurrentUser.Factory.class)
public @interface WithCurrentUser {

	String username() default "doha";

	/** Role group ids, province-wide, e.g. {@link Roles#DOHA_ADMIN}. */
	String[] roles() default { Roles.DOHA_ADMIN };

	class Factory implements WithSecurityContextFactory<WithCurrentUser> {

		@Override
		public SecurityContext createSecurityContext(WithCurrentUser annotation) {
			List<RoleGrant> grants = new ArrayList<>();
			Set<String> groups = new LinkedHashSet<>();
			for (String role : annotation.roles()) {
				grants.add(new RoleGrant(role, null));
				groups.add(role);
			}
			CurrentUser user = new CurrentUser(annotation.username(), null, grants, groups);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
					groups.stream().map(g -> new SimpleGrantedAuthority(Roles.authority(g))).toList()));
			return context;
		}

	}

}

package vn.gov.cbccvc.national;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Provinces authenticate with HTTP Basic, one credential per province ({@code national.clients}); each may send
 * only for its own province code. Production: mTLS with MoHA-issued client certificates over the state's private
 * network (TT06 Art. 9, 12.3) in front of, or instead of, Basic.
 */
@Configuration
class NationalSecurityConfig {

	static final String PROVINCE_PREFIX = "PROVINCE_";

	@Bean
	SecurityFilterChain nationalApi(HttpSecurity http) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/**")
				.permitAll()
				.requestMatchers("/national/api/**")
				.authenticated()
				.anyRequest()
				.denyAll())
			.httpBasic(Customizer.withDefaults())
			.build();
	}

	@Bean
	PasswordEncoder nationalPasswordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The configured clients. Deliberately not an InMemoryUserDetailsManager: that one is also a password service,
	 * and Spring would re-encode a {noop} secret with bcrypt on the first call, after which every call pays ≈100 ms
	 * of bcrypt (measured: it made each sync call 20 times slower). Client secrets are long random strings, so a
	 * fast check is enough; {bcrypt} remains possible for human-chosen secrets.
	 */
	@Bean
	UserDetailsService nationalClients(NationalProperties properties) {
		Map<String, UserDetails> users = new HashMap<>();
		properties.clients().forEach((id, client) -> users.put(id, User.withUsername(id)
			.password(client.password().startsWith("{") ? client.password() : "{noop}" + client.password())
			.authorities(PROVINCE_PREFIX + client.provinceCode())
			.build()));
		return username -> {
			UserDetails user = users.get(username);
			if (user == null) {
				throw new UsernameNotFoundException("unknown client");
			}
			// a copy: authentication erases the credentials of the object it is given
			return User.withUserDetails(user).build();
		};
	}

}

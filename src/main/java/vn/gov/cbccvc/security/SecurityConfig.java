package vn.gov.cbccvc.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. The domain API ({@code /api/**}) needs a login (HTTP Basic, or the session of the form login
 * of our own pages, {@link SessionLogin}; both checked against the engine's identity store); the engine REST API is guarded by Camunda's own authentication filter so that its
 * authorization checks apply; Tasklist, Cockpit and Admin keep their own login page and CSRF protection.
 * Domain API calls run as the caller inside the engine too ({@link EngineAuthenticationFilter}); controllers and
 * services may use {@code @PreAuthorize} with the {@code GROUP_<groupId>} authorities.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
			IdentityService identityService) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationProvider(provider)
			.addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, SessionLogin.LOGIN_URL)
				.permitAll()
				.anyRequest()
				.authenticated())
			// Basic callers send credentials each time: no session for them.
			.httpBasic(basic -> basic.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()));
		SessionLogin.configure(http);
		return http.build();
	}

	@Bean
	SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
		// Camunda webapps and engine REST bring their own authentication; API docs and health are public.
		http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll()).csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("camunda-auth");
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		return registration;
	}

}

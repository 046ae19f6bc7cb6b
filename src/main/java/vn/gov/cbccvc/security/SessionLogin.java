package vn.gov.cbccvc.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.util.LinkedHashMap;

/**
 * The session login of our own pages under {@code /ho-so/} ({@code dang-nhap.html}): a form login at
 * {@value #LOGIN_URL}, answered with status codes for {@code fetch}, keeping the session in the
 * {@code CBCCVC_SESSION} cookie. HTTP Basic keeps working without a session.
 * <p>
 * CSRF: a request that carries the session cookie and no {@code Authorization} header must echo the
 * {@value #CSRF_COOKIE} cookie in the {@value #CSRF_HEADER} header (double-submit cookie) when it changes
 * anything; a request without the session cookie carries no ambient credential to abuse. XHR calls
 * ({@code X-Requested-With: XMLHttpRequest}) get a bare 401, so the browser never opens its Basic dialog and
 * the pages can send the user to the login page.
 */
final class SessionLogin {

	static final String LOGIN_URL = "/api/login";

	static final String LOGOUT_URL = "/api/logout";

	static final String CSRF_COOKIE = "CBCCVC-XSRF";

	static final String CSRF_HEADER = "X-CBCCVC-XSRF";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private SessionLogin() {
	}

	static void configure(HttpSecurity http) throws Exception {
		CookieCsrfTokenRepository csrfCookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
		csrfCookie.setCookieName(CSRF_COOKIE);
		csrfCookie.setHeaderName(CSRF_HEADER);
		csrfCookie.setCookiePath("/");
		csrfCookie.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
		http.formLogin(form -> form.loginProcessingUrl(LOGIN_URL)
				.successHandler((request, response, authentication) -> json(response, HttpStatus.OK,
						"{\"username\":\"" + escape(authentication.getName()) + "\"}"))
				.failureHandler((request, response, ex) -> problem(response, ex)))
			.logout(logout -> logout.logoutUrl(LOGOUT_URL)
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie)
				// The raw token, as scripts read it from the cookie (no BREACH masking needed for a header).
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(SessionLogin::usesSessionCookie))
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()));
	}

	/** A state-changing request whose credential is the session cookie (not a Basic header). */
	static boolean usesSessionCookie(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getRequestedSessionId() != null;
	}

	private static AuthenticationEntryPoint entryPoint() {
		LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byRequest = new LinkedHashMap<>();
		byRequest.put(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"),
				new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
		DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
		BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
		basic.setRealmName("Realm");
		entryPoint.setDefaultEntryPoint(basic);
		return entryPoint;
	}

	private static void problem(HttpServletResponse response, AuthenticationException ex) throws IOException {
		json(response, HttpStatus.UNAUTHORIZED,
				"{\"status\":401,\"code\":\"login-failed\",\"title\":\"Unauthorized\",\"detailVi\":\""
						+ escape(ex.getMessage()) + "\"}");
	}

	private static void json(HttpServletResponse response, HttpStatus status, String body) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	}

	private static String escape(String text) {
		return String.valueOf(text).replace("\\", "\\\\").replace("\"", "\\\"");
	}

	/** Loads the deferred token on every API call so the cookie is there before the first state change. */
	private static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

}

package vn.gov.cbccvc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The pages' session login next to HTTP Basic: a session cookie, CSRF on session calls, no Basic dialog. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo.enabled=true")
@ActiveProfiles("test")
class SessionLoginTest {

	@LocalServerPort
	int port;

	final CookieManager cookies = new CookieManager();

	final HttpClient browser = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	@Test
	void formLogin_opensASessionThatTheApiAccepts() throws Exception {
		HttpResponse<String> login = login("clerk", "demo");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(cookie("CBCCVC_SESSION")).isNotNull();

		HttpResponse<String> session = send(get("/api/session"));
		assertThat(session.statusCode()).isEqualTo(200);
		assertThat(session.body()).contains("\"username\":\"clerk\"").contains("role-clerk");
	}

	@Test
	void wrongPassword_isRefusedWithAVietnameseReason() throws Exception {
		// No demo login here: the engine delays the next login of a user after a failure, and other tests of this
		// context log every demo user in.
		HttpResponse<String> login = login("khong-co-tai-khoan", "wrong");
		assertThat(login.statusCode()).isEqualTo(401);
		assertThat(login.body()).contains("Sai tên đăng nhập hoặc mật khẩu");
		assertThat(send(get("/api/session")).statusCode()).isEqualTo(401);
	}

	@Test
	void sessionCallThatChangesSomething_needsTheCsrfHeader() throws Exception {
		assertThat(login("clerk", "demo").statusCode()).isEqualTo(200);
		HttpResponse<String> withoutToken = send(post("/api/logout").build());
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(send(get("/api/session")).statusCode()).isEqualTo(200);

		HttpResponse<String> withToken = send(post("/api/logout").header("X-CBCCVC-XSRF", cookie("CBCCVC-XSRF"))
			.build());
		assertThat(withToken.statusCode()).isEqualTo(204);
		assertThat(send(get("/api/session")).statusCode()).isEqualTo(401);
	}

	@Test
	void basicCalls_workWithoutSessionOrCsrf() throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString("clerk:demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> call = send(HttpRequest.newBuilder(url("/api/session")).header("Authorization", basic)
			.build());
		assertThat(call.statusCode()).isEqualTo(200);
		assertThat(cookie("CBCCVC_SESSION")).isNull();
	}

	@Test
	void scriptsGetABare401_otherClientsTheBasicChallenge() throws Exception {
		HttpResponse<String> script = send(get("/api/session"));
		assertThat(script.statusCode()).isEqualTo(401);
		assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();
		HttpResponse<String> other = send(HttpRequest.newBuilder(url("/api/session")).build());
		assertThat(other.statusCode()).isEqualTo(401);
		assertThat(other.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
	}

	private HttpResponse<String> login(String username, String password) throws Exception {
		send(get("/api/session")); // hands out the CSRF cookie, as the login page does
		String form = "username=" + username + "&password=" + password;
		HttpRequest.Builder request = post("/api/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		String token = cookie("CBCCVC-XSRF");
		if (token != null) {
			request.header("X-CBCCVC-XSRF", token);
		}
		return send(request.build());
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(url(path)).header("X-Requested-With", "XMLHttpRequest").build();
	}

	private HttpRequest.Builder post(String path) {
		return HttpRequest.newBuilder(url(path)).header("X-Requested-With", "XMLHttpRequest")
			.POST(HttpRequest.BodyPublishers.noBody());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.browser.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String cookie(String name) {
		return this.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue).findFirst().orElse(null);
	}

}

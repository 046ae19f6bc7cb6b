package vn.gov.cbccvc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo province loads once, in the states the README promises, and every demo login works. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo.enabled=true")
@ActiveProfiles("test")
class DemoDataLoaderTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	DemoDataLoader loader;

	@Autowired
	TestRestTemplate rest;

	@Test
	void demoProvince_hasUnitsPeopleInVariedStatesAndSignedVersions() {
		assertThat(count("select count(*) from org_unit")).isEqualTo(8);
		assertThat(count("select count(*) from person")).isEqualTo(DemoDataLoader.people().size()).isEqualTo(30);
		assertThat(count("select count(*) from person where archived")).isEqualTo(4);
		assertThat(count("select count(*) from profile_draft where locked_for_editing")).isEqualTo(4);
		long approved = DemoDataLoader.people().stream().filter(p -> p.state() != DemoPerson.DemoState.ENTERING
				&& p.state() != DemoPerson.DemoState.REVIEWED).count();
		assertThat(count("select count(*) from profile_version")).isEqualTo(approved);
		assertThat(count("select count(*) from signature where subject_type = 'PROFILE_VERSION'")).isEqualTo(approved);
	}

	@Test
	void everyDemoLogin_authenticatesWithTheDemoPassword() {
		for (DemoLogins.Login login : DemoLogins.LOGINS) {
			assertThat(this.identityService.checkPassword(login.username(), DemoDataLoader.PASSWORD))
				.as(login.username())
				.isTrue();
		}
		assertThat(this.rest.withBasicAuth("clerk", DemoDataLoader.PASSWORD)
			.getForEntity("/api/rule-set", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void demoClerk_logsIntoTasklist_andTheEmployeeIsKeptOutOfCockpit() {
		ResponseEntity<String> page = this.rest.getForEntity("/camunda/app/tasklist/default/", String.class);
		String cookies = String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)
			.stream()
			.map(c -> c.split(";", 2)[0])
			.toList());
		String xsrf = cookies.replaceAll(".*XSRF-TOKEN=([^;]+).*", "$1");

		assertThat(webappLogin("tasklist", "clerk", cookies, xsrf).getBody()).contains("\"userId\":\"clerk\"")
			.contains("tasklist");
		assertThat(webappLogin("cockpit", "033090000006", cookies, xsrf).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	private ResponseEntity<String> webappLogin(String app, String username, String cookies, String xsrf) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		headers.add(HttpHeaders.COOKIE, cookies);
		headers.add("X-XSRF-TOKEN", xsrf);
		return this.rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
				new HttpEntity<>("username=" + username + "&password=" + DemoDataLoader.PASSWORD, headers), String.class);
	}

	@Test
	void secondStart_leavesTheDemoDataAlone() {
		long people = count("select count(*) from person");
		this.loader.run(new DefaultApplicationArguments());
		assertThat(count("select count(*) from person")).isEqualTo(people);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}

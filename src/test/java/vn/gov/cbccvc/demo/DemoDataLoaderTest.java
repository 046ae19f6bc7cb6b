package vn.gov.cbccvc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
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
	void secondStart_leavesTheDemoDataAlone() {
		long people = count("select count(*) from person");
		this.loader.run(new DefaultApplicationArguments());
		assertThat(count("select count(*) from person")).isEqualTo(people);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}

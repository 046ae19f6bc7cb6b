package vn.gov.cbccvc;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApplicationStartsTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	TestRestTemplate rest;

	@Test
	void engineRunsWithAuthorizationOn() {
		assertThat(this.engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
	}

	@Test
	void domainApiRequiresLogin() {
		assertThat(this.rest.getForEntity("/api/rule-set", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void engineRestRequiresLogin() {
		assertThat(this.rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

}

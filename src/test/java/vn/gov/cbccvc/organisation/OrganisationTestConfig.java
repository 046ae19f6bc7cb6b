package vn.gov.cbccvc.organisation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Brings the in-memory people register into a Spring test context ({@code @Import} it). */
@TestConfiguration
public class OrganisationTestConfig {

	@Bean
	FakePeopleRehoming fakePeopleRehoming() {
		return new FakePeopleRehoming();
	}

}

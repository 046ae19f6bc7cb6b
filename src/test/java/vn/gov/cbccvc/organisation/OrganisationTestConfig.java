package vn.gov.cbccvc.organisation;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Brings the in-memory people register into a Spring test context ({@code @Import} it). */
@TestConfiguration
public class OrganisationTestConfig {

	/** Replaces the real register in organisation tests, which count moves without creating people. */
	@Bean
	@Primary
	FakePeopleRehoming fakePeopleRehoming() {
		return new FakePeopleRehoming();
	}

}

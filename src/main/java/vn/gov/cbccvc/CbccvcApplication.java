package vn.gov.cbccvc;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The CBCCVC database workflow: Camunda 7 processes for onboarding, review, signed approval, changes,
 * transfers and the national sync, over a domain database of people, profiles and organisation units.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CbccvcApplication {

	/** Deadlines are days in Vietnam: every node and test runs on the same clock zone. */
	public static final String ZONE = "Asia/Ho_Chi_Minh";

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
		SpringApplication.run(CbccvcApplication.class, args);
	}

}

package vn.gov.cbccvc.national;

import java.util.TimeZone;

import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The national node (MoHA's CSDLQG side, profile {@code national}): receives signed versions from the provinces
 * and serves a person's latest version to a receiving province (TT06 Art. 9, 11.1b, 12.2-12.4). Same build as
 * the province, but only this package: no Camunda engine, no province beans, its own database and migrations.
 */
@SpringBootApplication(exclude = { CamundaBpmAutoConfiguration.class, CamundaBpmRestJerseyAutoConfiguration.class,
		CamundaBpmWebappAutoConfiguration.class })
@ConfigurationPropertiesScan
public class NationalApplication {

	public static final String PROFILE = "national";

	/**
	 * Started by {@code CbccvcApplication.main} when the {@code national} profile is active: one jar, one main class
	 * (the Spring Boot repackager needs exactly one).
	 */
	public static void run(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
		SpringApplication application = new SpringApplication(NationalApplication.class);
		application.setAdditionalProfiles(PROFILE);
		application.run(args);
	}

}

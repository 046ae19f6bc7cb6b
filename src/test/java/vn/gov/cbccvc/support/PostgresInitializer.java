package vn.gov.cbccvc.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at a fresh database on the embedded PostgreSQL server. Use with
 * {@code @ContextConfiguration(initializers = PostgresInitializer.class)} next to {@code @ActiveProfiles("test")}.
 */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.datasource.url=" + EmbeddedPostgres.newDatabase(), "spring.datasource.username=postgres",
					"spring.datasource.password=postgres", "spring.datasource.driver-class-name=org.postgresql.Driver")
			.applyTo(context.getEnvironment());
	}

}

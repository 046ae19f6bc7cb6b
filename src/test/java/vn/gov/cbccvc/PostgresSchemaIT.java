package vn.gov.cbccvc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.support.PostgresInitializer;

/** The whole application starts on real PostgreSQL 16: Flyway migrations, Camunda schema, JPA validation. */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class PostgresSchemaIT {

	@Autowired
	DataSource dataSource;

	@Test
	void migrationsAndEngineSchemaApplyOnPostgres() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 16");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isPositive();
		assertThat(jdbc.queryForObject("select count(*) from act_ge_property", Integer.class)).isPositive();
	}

}

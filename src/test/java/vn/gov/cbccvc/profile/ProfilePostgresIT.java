package vn.gov.cbccvc.profile;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.support.PostgresInitializer;

/** The profile flows on real PostgreSQL 16: migration V5, JPA mappings (validated), bytea, bulk updates. */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
class ProfilePostgresIT extends ProfileFlowsContract {

}

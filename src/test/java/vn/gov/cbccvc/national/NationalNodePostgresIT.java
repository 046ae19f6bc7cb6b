package vn.gov.cbccvc.national;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.support.PostgresInitializer;

/** The national node's migrations and queries on PostgreSQL 16. */
@SpringBootTest(classes = NationalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { NationalNodeContract.CLIENT_DONGNAI_PASSWORD, NationalNodeContract.CLIENT_DONGNAI_PROVINCE,
				NationalNodeContract.CLIENT_HUNGYEN_PASSWORD, NationalNodeContract.CLIENT_HUNGYEN_PROVINCE })
@ContextConfiguration(initializers = PostgresInitializer.class)
@ActiveProfiles("national")
class NationalNodePostgresIT extends NationalNodeContract {
}

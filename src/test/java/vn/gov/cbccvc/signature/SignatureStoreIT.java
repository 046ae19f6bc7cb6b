package vn.gov.cbccvc.signature;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import vn.gov.cbccvc.support.PostgresInitializer;

/** Signatures in the database and over REST, on real PostgreSQL 16. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = PostgresInitializer.class)
@Import(TestDocuments.class)
class SignatureStoreIT extends SignatureStoreContract {

}

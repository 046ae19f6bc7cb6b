package vn.gov.cbccvc.national;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(classes = NationalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:national-node-test;DB_CLOSE_DELAY=-1",
				NationalNodeContract.CLIENT_DONGNAI_PASSWORD, NationalNodeContract.CLIENT_DONGNAI_PROVINCE,
				NationalNodeContract.CLIENT_HUNGYEN_PASSWORD, NationalNodeContract.CLIENT_HUNGYEN_PROVINCE })
@ActiveProfiles("national")
class NationalNodeTest extends NationalNodeContract {
}

package vn.gov.cbccvc.profile;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The profile flows on H2 (same context as {@link ProfileApiTest}). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProfileH2Test extends ProfileFlowsContract {

}

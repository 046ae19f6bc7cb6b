package vn.gov.cbccvc.approval;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The window flow on H2 (same context as {@link WindowOpeningTest}). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MonthlyWindowFlowTest extends MonthlyWindowFlowContract {

}

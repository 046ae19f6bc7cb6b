package vn.gov.cbccvc.status;

import java.time.LocalDate;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Status-change deadline under rule set Hưng Yên, HY Art. 11.3 (5 wd). */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class HungYenStatusChangeDeadlinesTest extends StatusChangeDeadlinesContract {

	@Override
	LocalDate expectedDueDay() {
		return LocalDate.of(2026, 2, 27);
	}

	@Override
	String expectedArticle() {
		return "HY Art. 11.3";
	}

}

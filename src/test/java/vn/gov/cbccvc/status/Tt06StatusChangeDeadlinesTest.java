package vn.gov.cbccvc.status;

import java.time.LocalDate;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Status-change deadline under rule set TT06, Art. 11.2 (no period: product default 5 wd). */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=TT06" })
@ActiveProfiles("test")
class Tt06StatusChangeDeadlinesTest extends StatusChangeDeadlinesContract {

	@Override
	LocalDate expectedDueDay() {
		return LocalDate.of(2026, 2, 27);
	}

	@Override
	String expectedArticle() {
		return "TT06 Art. 11.2";
	}

}

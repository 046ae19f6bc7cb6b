package vn.gov.cbccvc.status;

import java.time.LocalDate;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Status-change deadline under rule set Đồng Nai, DN Art. 8.5 (no period: product default 5 wd). */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=DN" })
@ActiveProfiles("test")
class DongNaiStatusChangeDeadlinesTest extends StatusChangeDeadlinesContract {

	@Override
	LocalDate expectedDueDay() {
		return LocalDate.of(2026, 2, 27);
	}

	@Override
	String expectedArticle() {
		return "DN Art. 8.5";
	}

}

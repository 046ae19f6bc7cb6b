package vn.gov.cbccvc.status;

import java.time.LocalDate;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Status-change deadline under rule set Hồ Chí Minh City, HCM Art. 8.4 (10 wd). */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=HCM" })
@ActiveProfiles("test")
class HoChiMinhCityStatusChangeDeadlinesTest extends StatusChangeDeadlinesContract {

	@Override
	LocalDate expectedDueDay() {
		return LocalDate.of(2026, 3, 6);
	}

	@Override
	String expectedArticle() {
		return "HCM Art. 8.4";
	}

}

package vn.gov.cbccvc.transfer;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Moves under rule set Hồ Chí Minh City: a new section 15 wd (HCM Art. 8.1), between city units 30 wd (HCM Art. 8.2). */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=HCM" })
@ActiveProfiles("test")
class HoChiMinhCityTransferDeadlinesTest extends TransferDeadlinesContract {

	@Override
	List<Case> cases() {
		long education = unitOf("clerk");
		long health = unitOf("clerk.yte");
		return List.of(
				new Case(education, newSectionOf(education), TransferKind.WITHIN_UNIT, education,
						LocalDate.of(2026, 3, 13), "HCM Art. 8.1"),
				new Case(education, health, TransferKind.BETWEEN_UNITS, education, LocalDate.of(2026, 4, 3),
						"HCM Art. 8.2"));
	}

}

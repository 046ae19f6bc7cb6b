package vn.gov.cbccvc.transfer;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Moves under the national circular alone: TT06 Art. 11.1 sets no period, the product's default is 10 wd for a new
 * section and between units (decision effective on the Friday before Tết: due Friday 6 March).
 */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=TT06" })
@ActiveProfiles("test")
class Tt06TransferDeadlinesTest extends TransferDeadlinesContract {

	@Override
	List<Case> cases() {
		long education = unitOf("clerk");
		long health = unitOf("clerk.yte");
		return List.of(
				new Case(education, newSectionOf(education), TransferKind.WITHIN_UNIT, education,
						LocalDate.of(2026, 3, 6), "TT06 Art. 11.1"),
				new Case(education, health, TransferKind.BETWEEN_UNITS, education, LocalDate.of(2026, 3, 6),
						"TT06 Art. 11.1"));
	}

}

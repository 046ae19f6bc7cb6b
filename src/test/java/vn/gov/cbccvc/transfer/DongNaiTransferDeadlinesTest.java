package vn.gov.cbccvc.transfer;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.gov.cbccvc.organisation.UnitKind;

/**
 * Moves under rule set Đồng Nai: between two communes of one district the district's clerk hands over and its head
 * follows up (DN Art. 8.2), by the next working day after the decision takes effect (product default, as DN Art. 8.1).
 */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=DN" })
@ActiveProfiles("test")
class DongNaiTransferDeadlinesTest extends TransferDeadlinesContract {

	@Override
	List<Case> cases() {
		long district = unitOf("clerk.huyen");
		return List.of(new Case(childOf(district, UnitKind.COMMUNE, 0), childOf(district, UnitKind.COMMUNE, 1),
				TransferKind.BETWEEN_UNITS, district, LocalDate.of(2026, 2, 23), "DN Art. 8.2"));
	}

}

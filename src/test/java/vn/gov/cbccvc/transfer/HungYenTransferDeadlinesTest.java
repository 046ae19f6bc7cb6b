package vn.gov.cbccvc.transfer;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.gov.cbccvc.organisation.UnitKind;

/** Moves under rule set Hưng Yên: to a school of the same department, 10 wd to hand access over (HY Art. 11.1). */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class HungYenTransferDeadlinesTest extends TransferDeadlinesContract {

	@Override
	List<Case> cases() {
		long education = unitOf("clerk");
		return List.of(new Case(education, childOf(education, UnitKind.PUBLIC_SERVICE_UNIT, 0),
				TransferKind.WITHIN_AUTHORITY, education, LocalDate.of(2026, 3, 6), "HY Art. 11.1"));
	}

}

package vn.gov.cbccvc.organisation;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * One Spring context (H2) for the organisation and code-list tests, with the in-memory people register. Each
 * test builds its own province with a code of its own, so tests sharing the context never meet.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(OrganisationTestConfig.class)
public abstract class OrganisationSpringTest {

	private static final AtomicInteger PROVINCES = new AtomicInteger(10);

	@Autowired
	protected OrganisationService service;

	@Autowired
	protected OrganisationDirectory directory;

	@Autowired
	protected FakePeopleRehoming people;

	protected static final Decision PAST = new Decision(LocalDate.of(2025, 1, 1), "01/QĐ-UBND", LocalDate.of(2024, 12, 20),
			null);

	/** A new province with a fresh level-1 code, e.g. 000.00.00.H11. */
	protected UnitView province() {
		int n = PROVINCES.incrementAndGet();
		return this.service.create(new UnitCommands.Create(null, UnitKind.PROVINCE, "Tỉnh thử " + n, null,
				"000.00.00.H" + n, PAST));
	}

	protected static String codeUnder(UnitView parent, int level2) {
		return String.format("000.00.%02d.%s", level2, parent.agencyCode().substring(10));
	}

	protected UnitView unit(UnitView parent, UnitKind kind, String name, String code) {
		return this.service.create(new UnitCommands.Create(parent.id(), kind, name, null, code, PAST));
	}

}

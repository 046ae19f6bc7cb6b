package vn.gov.cbccvc.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.gov.cbccvc.organisation.UnitKind;

/** Hưng Yên's two windows: units and communes 20th-22nd (HY Art. 8.2), departments and districts 23rd-25th (8.1). */
@SpringBootTest(properties = "app.jurisdiction=HY")
@ActiveProfiles("test")
class HyWindowOpeningTest {

	@Autowired
	WindowOpener opener;

	@Autowired
	BatchStore batches;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	ApprovalFixtures fixtures;

	long province;

	long commune;

	long department;

	@BeforeEach
	void unitsWithRecordsWaiting() {
		this.fixtures = new ApprovalFixtures(this.context);
		this.fixtures.clearQueue();
		this.province = this.fixtures.province();
		this.commune = this.fixtures.unit(UnitKind.COMMUNE, this.province);
		this.department = this.fixtures.unit(UnitKind.DEPARTMENT, this.province);
		for (long unit : List.of(this.commune, this.department)) {
			this.fixtures.queue(this.fixtures.reviewedPerson(unit), unit, "pi-" + unit, false);
		}
	}

	@Test
	void march2026_communesOpenOnFriday20th_departmentsOnMonday23rd() {
		assertThat(this.opener.open(LocalDate.of(2026, 3, 19), "pi-window")).isEmpty();

		Map<Long, Batch> on20th = byUnit(this.opener.open(LocalDate.of(2026, 3, 20), "pi-window"));
		Map<Long, Batch> on23rd = byUnit(this.opener.open(LocalDate.of(2026, 3, 23), "pi-window"));

		assertThat(on20th).containsOnlyKeys(this.commune);
		// Sun 22/3 is not a working day: the window's last day moves to Mon 23/3.
		assertThat(on20th.get(this.commune).lastDay()).isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(on20th.get(this.commune).article()).isEqualTo("HY Art. 8.2");
		assertThat(on23rd).containsOnlyKeys(this.department);
		assertThat(on23rd.get(this.department).firstDay()).isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(on23rd.get(this.department).lastDay()).isEqualTo(LocalDate.of(2026, 3, 25));
		assertThat(on23rd.get(this.department).article()).isEqualTo("HY Art. 8.1");
	}

	@Test
	void february2026_tetMovesTheCommunesWindowToMonday23rd_bothLevelsOpenThatDay() {
		// Fri 20/2 is a Tết holiday, Sat 21 and Sun 22 are rest days.
		assertThat(this.opener.open(LocalDate.of(2026, 2, 20), "pi-window")).isEmpty();

		Map<Long, Batch> opened = byUnit(this.opener.open(LocalDate.of(2026, 2, 23), "pi-window"));

		assertThat(opened).containsOnlyKeys(this.commune, this.department);
		assertThat(opened.get(this.commune).firstDay()).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(opened.get(this.commune).lastDay()).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(opened.get(this.department).lastDay()).isEqualTo(LocalDate.of(2026, 2, 25));
	}

	@Test
	void provinceLevelHasNoHeadsWindowInHy_followsTheDefaultUnitLevel() {
		this.fixtures.queue(this.fixtures.reviewedPerson(this.province), this.province, "pi-province", false);

		Map<Long, Batch> opened = byUnit(this.opener.open(LocalDate.of(2026, 3, 20), "pi-window"));

		assertThat(opened).containsOnlyKeys(this.commune, this.province);
		assertThat(opened.get(this.province).windowKey()).isEqualTo("UNIT_APPROVAL");
	}

	private Map<Long, Batch> byUnit(List<Long> ids) {
		return ids.stream().map(this.batches::require).collect(Collectors.toMap(Batch::unitId, b -> b));
	}

}

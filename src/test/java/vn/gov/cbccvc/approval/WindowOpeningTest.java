package vn.gov.cbccvc.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.gov.cbccvc.organisation.UnitKind;
import vn.gov.cbccvc.ruleset.RuleRole;

/** Which batches the daily run opens under TT06 (the same window as DN Art. 7.1: the last 5 working days). */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WindowOpeningTest {

	@Autowired
	WindowOpener opener;

	@Autowired
	BatchStore batches;

	@Autowired
	ApprovalBatches expressions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	ApprovalFixtures fixtures;

	@BeforeEach
	void emptyQueue() {
		this.fixtures = new ApprovalFixtures(this.context);
		this.fixtures.clearQueue();
	}

	@Test
	void august2026_windowIsMonday24ToFriday28_theSwappedSaturdayAndTheMondayOffOpenNothing() {
		long province = this.fixtures.province();
		long commune = this.fixtures.unit(UnitKind.COMMUNE, province);
		this.fixtures.queue(this.fixtures.reviewedPerson(province), province, "pi-a", false);
		this.fixtures.queue(this.fixtures.reviewedPerson(commune), commune, "pi-b", false);

		// Fri 21/8 is before the window; Sat 22/8 is worked (swap) but not among the last 5; Mon 31/8 is off.
		for (String day : List.of("2026-08-21", "2026-08-22", "2026-08-23", "2026-08-31")) {
			assertThat(this.opener.open(LocalDate.parse(day), "pi-window")).as(day).isEmpty();
		}
		List<Long> opened = this.opener.open(LocalDate.of(2026, 8, 24), "pi-window");

		assertThat(opened).hasSize(2);
		List<Batch> open = opened.stream().map(this.batches::require).toList();
		assertThat(open).extracting(Batch::unitId).containsExactlyInAnyOrder(province, commune);
		assertThat(open).allSatisfy(b -> {
			assertThat(b.firstDay()).isEqualTo(LocalDate.of(2026, 8, 24));
			assertThat(b.lastDay()).isEqualTo(LocalDate.of(2026, 8, 28));
			assertThat(b.closesAt()).isEqualTo(OffsetDateTime.parse("2026-08-28T23:59:59+07:00"));
			assertThat(b.status()).isEqualTo(BatchStatus.OPEN);
			assertThat(b.approverRole()).isEqualTo(RuleRole.HEAD);
			assertThat(b.article()).isEqualTo("TT06 Art. 7.1");
		});
	}

	@Test
	void openingTwice_opensOneBatch_evenFromAnotherRunLaterInTheWindow() {
		long unit = this.fixtures.province();
		this.fixtures.queue(this.fixtures.reviewedPerson(unit), unit, "pi-a", false);

		assertThat(this.opener.open(LocalDate.of(2026, 8, 24), "pi-window-1")).hasSize(1);
		assertThat(this.opener.open(LocalDate.of(2026, 8, 24), "pi-window-2")).isEmpty();
		assertThat(this.opener.open(LocalDate.of(2026, 8, 26), "pi-window-3")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from approval_batch where unit_id = ?", Integer.class,
				unit)).isEqualTo(1);
	}

	@Test
	void recordQueuedAfterTheFirstDay_getsItsBatchOnTheNextRunOfTheSameWindow() {
		long unit = this.fixtures.province();
		assertThat(this.opener.open(LocalDate.of(2026, 8, 24), "pi-window-1")).isEmpty();
		this.fixtures.queue(this.fixtures.reviewedPerson(unit), unit, "pi-a", false);

		List<Long> opened = this.opener.open(LocalDate.of(2026, 8, 25), "pi-window-2");

		assertThat(opened).hasSize(1);
		assertThat(this.batches.require(opened.get(0)).firstDay()).isEqualTo(LocalDate.of(2026, 8, 24));
	}

	@Test
	void headsOwnRecord_goesToTheDeputyInABatchOfItsOwn_DnArt7_1() {
		long unit = this.fixtures.province();
		this.fixtures.queue(this.fixtures.reviewedPerson(unit), unit, "pi-staff", false);
		this.fixtures.queue(this.fixtures.reviewedPerson(unit), unit, "pi-head", true);

		List<Long> opened = this.opener.open(LocalDate.of(2026, 8, 27), "pi-window");

		assertThat(opened).hasSize(2);
		assertThat(opened.stream().map(id -> this.expressions.approverGroup(String.valueOf(id))))
			.containsExactlyInAnyOrder("unit-" + unit + "-head", "unit-" + unit + "-deputy");
	}

	@Test
	void windowClosesAtTheEndOfItsLastDayInVietnam() {
		long unit = this.fixtures.province();
		this.fixtures.queue(this.fixtures.reviewedPerson(unit), unit, "pi-a", false);

		String batchId = String.valueOf(this.opener.open(LocalDate.of(2026, 11, 25), "pi-window").get(0));

		// November 2026: the last 5 working days are Tue 24 to Mon 30.
		assertThat(this.expressions.windowClosesAt(batchId))
			.isEqualTo(Date.from(OffsetDateTime.parse("2026-11-30T16:59:59Z").toInstant()));
	}

}

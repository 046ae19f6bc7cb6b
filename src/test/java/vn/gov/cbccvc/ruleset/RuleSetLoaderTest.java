package vn.gov.cbccvc.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.gov.cbccvc.ruleset.RuleSet.Deadline;

/** The rule-set files without Spring: numbers of REGULATIONS.md, and errors that name the file and line. */
class RuleSetLoaderTest {

	static final Map<String, RuleSet> SHIPPED = RuleSetLoader.load(RuleSetRegistry.sources(null));

	/** A small valid province on top of TT06; tests break one line of it. */
	static final String PROVINCE = """
			code: XX
			name: {vi: "Tỉnh thử", en: "Test province"}
			legalDocument: {title: "Quy chế thử", number: "1/2026/QĐ-UBND", inForce: 2026-01-01}
			base: TT06
			deadlines:
			  REVIEW:
			    days: 7
			    from: ENTRY_SUBMITTED
			    responsible: CLERK
			    escalateTo: HEAD
			    article: XX Art. 3.1
			    statutory: true
			    label: {vi: "Rà soát", en: "Review"}
			""";

	@Test
	void theFourShippedRuleSetsLoad() {
		assertThat(SHIPPED.keySet()).containsExactlyInAnyOrder("TT06", "DN", "HY", "HCM");
		SHIPPED.values().forEach(r -> assertThat(r.deadlines().keySet()).as(r.code())
			.containsExactlyInAnyOrderElementsOf(EnumSet.allOf(DeadlineKey.class)));
	}

	@Test
	void hyCarriesItsDeadlinesWindowsAndLock() {
		RuleSet hy = SHIPPED.get("HY");
		assertDeadline(hy, DeadlineKey.REVIEW, 5, DeadlineEvent.ENTRY_SUBMITTED, "HY Art. 10.3", true);
		assertDeadline(hy, DeadlineKey.HEAD_APPROVAL, 5, DeadlineEvent.RECORD_LOCKED, "HY Art. 10.4", true);
		assertDeadline(hy, DeadlineKey.CHANGE_APPROVAL, 10, DeadlineEvent.CHANGE_SUBMITTED, "HY Art. 10.5", true);
		assertDeadline(hy, DeadlineKey.STATUS_CHANGE, 5, DeadlineEvent.STATUS_DOCUMENT_EFFECTIVE, "HY Art. 11.3", true);
		assertDeadline(hy, DeadlineKey.TRANSFER_IN_PULL, 10, DeadlineEvent.DOSSIER_HANDED_OVER, "HY Art. 11.2", true);
		assertDeadline(hy, DeadlineKey.MOVE_WITHIN_AUTHORITY, 10, DeadlineEvent.DECISION_EFFECTIVE, "HY Art. 11.1",
				true);
		assertThat(hy.isEnabled(StepFlag.LOCK_AFTER_REVIEW)).isTrue();
		assertThat(hy.isEnabled(StepFlag.DIRECTOR_SIGNS_SYNC)).isTrue();
		assertThat(hy.isEnabled(StepFlag.EMPLOYEE_SIGNS_COMPLETION)).isFalse();
		assertThat(hy.approvalWindows()).extracting(RuleSet.ApprovalWindowRule::article)
			.containsExactly("HY Art. 8.2", "HY Art. 8.1", "HY Art. 8.4");
		assertThat(hy.approvalWindows().get(0).firstDay()).isEqualTo(20);
		assertThat(hy.approvalWindows().get(1).lastDay()).isEqualTo(25);
		assertThat(hy.backup().schedule()).isEqualTo(BackupSchedule.MONTHLY_LAST_WORKING_DAY);
		assertThat(hy.backup().retentionMonths()).isEqualTo(3);
	}

	@Test
	void hcmCarriesItsLongerDeadlinesAndSignatures() {
		RuleSet hcm = SHIPPED.get("HCM");
		assertDeadline(hcm, DeadlineKey.REVIEW, 5, DeadlineEvent.EMPLOYEE_SIGNED, "HCM Art. 7.2a, 7.2b", true);
		assertDeadline(hcm, DeadlineKey.HEAD_APPROVAL, 15, DeadlineEvent.REVIEWER_SIGNED, "HCM Art. 7.2a, 7.2b", true);
		assertDeadline(hcm, DeadlineKey.CHANGE_APPROVAL, 10, DeadlineEvent.CHANGE_SUBMITTED, "HCM Art. 7.2c", true);
		assertDeadline(hcm, DeadlineKey.STATUS_CHANGE, 10, DeadlineEvent.STATUS_DOCUMENT_EFFECTIVE, "HCM Art. 8.4",
				true);
		assertDeadline(hcm, DeadlineKey.MOVE_WITHIN_UNIT, 15, DeadlineEvent.DECISION_EFFECTIVE, "HCM Art. 8.1", true);
		assertDeadline(hcm, DeadlineKey.MOVE_BETWEEN_UNITS, 30, DeadlineEvent.DECISION_EFFECTIVE, "HCM Art. 8.2", true);
		assertThat(hcm.isEnabled(StepFlag.EMPLOYEE_SIGNS_COMPLETION)).isTrue();
		assertThat(hcm.isEnabled(StepFlag.REVIEWER_SIGNS_VERIFICATION)).isTrue();
		assertThat(hcm.isEnabled(StepFlag.DIRECTOR_SIGNS_SYNC)).isTrue();
	}

	@Test
	void dnUsesMonthlyWindowDeputyAndReturnAndTheDistrictForCommunes() {
		RuleSet dn = SHIPPED.get("DN");
		assertDeadline(dn, DeadlineKey.ACCOUNT_CREATION, 5, DeadlineEvent.RECRUITMENT_DECISION, "DN Art. 6.3", true);
		assertDeadline(dn, DeadlineKey.SELF_ENTRY, 5, DeadlineEvent.ACCOUNT_CREATED, "DN Art. 6.4", true);
		assertDeadline(dn, DeadlineKey.CHANGE_DECLARATION, 5, DeadlineEvent.DATA_CHANGED, "DN Art. 6.5", true);
		assertDeadline(dn, DeadlineKey.TRANSFER_IN_PULL, 10, DeadlineEvent.DOSSIER_HANDED_OVER, "DN Art. 8.3a", true);
		assertDeadline(dn, DeadlineKey.TRANSFER_IN_EMPLOYEE_CHECK, 5, DeadlineEvent.DATA_PULLED, "DN Art. 8.3c", true);
		assertThat(dn.deadline(DeadlineKey.HEAD_APPROVAL).effectiveMode()).isEqualTo(DeadlineMode.MONTHLY_WINDOW);
		assertThat(dn.deadline(DeadlineKey.REVIEW).statutory()).isFalse();
		assertThat(dn.deadline(DeadlineKey.REVIEW).note()).isNotBlank();
		assertThat(dn.isEnabled(StepFlag.DEPUTY_SIGNS_HEADS_OWN_RECORD)).isTrue();
		assertThat(dn.isEnabled(StepFlag.HEAD_MAY_RETURN_INCOMPLETE)).isTrue();
		assertThat(dn.annualReports()).extracting(RuleSet.AnnualReport::due).containsExactly("12-31", "01-31");
		// DN Art. 6.3: the district creates accounts for commune staff; without a district the commune does.
		assertThat(dn.actingLevel(DeadlineKey.ACCOUNT_CREATION, "COMMUNE", Set.of("PROVINCE", "DISTRICT", "COMMUNE")))
			.isEqualTo("DISTRICT");
		assertThat(dn.actingLevel(DeadlineKey.ACCOUNT_CREATION, "COMMUNE", Set.of("PROVINCE", "COMMUNE")))
			.isEqualTo("COMMUNE");
		assertThat(dn.actingLevel(DeadlineKey.REVIEW, "COMMUNE", Set.of("DISTRICT", "COMMUNE"))).isEqualTo("COMMUNE");
	}

	@Test
	void tt06IsTheFloorWithProductDefaultsMarkedNonStatutory() {
		RuleSet tt06 = SHIPPED.get("TT06");
		assertThat(tt06.base()).isNull();
		assertDeadline(tt06, DeadlineKey.TRANSFER_IN_PULL, 10, DeadlineEvent.DOSSIER_HANDED_OVER, "TT06 Art. 11.1b", true);
		Deadline account = tt06.deadline(DeadlineKey.ACCOUNT_CREATION);
		assertThat(account.statutory()).isFalse();
		assertThat(account.days()).isPositive();
		assertThat(tt06.deadline(DeadlineKey.HEAD_APPROVAL).effectiveMode()).isEqualTo(DeadlineMode.MONTHLY_WINDOW);
		assertThat(tt06.approvalWindows().get(0).lastDays()).isEqualTo(5);
		assertThat(tt06.approvalWindows().get(0).count()).isEqualTo(DayCount.WORKING_DAYS);
		assertThat(tt06.annualReports().get(0).due()).isEqualTo("01-31");
		// HCM inherits what it does not set from TT06.
		assertThat(SHIPPED.get("HCM").deadline(DeadlineKey.MOVE_WITHIN_AUTHORITY))
			.isEqualTo(tt06.deadline(DeadlineKey.MOVE_WITHIN_AUTHORITY));
	}

	@Test
	void syntaxErrorNamesFileAndLine() {
		String broken = PROVINCE.replace("    days: 7\n", "    days: [7\n");
		assertThatThrownBy(() -> load(broken)).isInstanceOf(RuleSetException.class)
			.hasMessageContaining("XX.yaml")
			.hasMessageMatching("(?s).*line (" + lineOf(broken, "days: [7") + "|" + (lineOf(broken, "days: [7") + 1)
					+ ")\\b.*");
	}

	@Test
	void unknownKeyNamesFileAndLine() {
		String broken = PROVINCE.replace("    statutory: true\n", "    statutory: true\n    escalateAfter: 3\n");
		assertThatThrownBy(() -> load(broken)).hasMessageContaining("XX.yaml, line " + lineOf(broken, "escalateAfter"))
			.hasMessageContaining("escalateAfter");
	}

	@Test
	void negativeDaysNameFileAndLine() {
		String broken = PROVINCE.replace("days: 7", "days: -3");
		assertThatThrownBy(() -> load(broken)).hasMessageContaining("XX.yaml, line " + lineOf(broken, "days: -3"))
			.hasMessageContaining("negative");
	}

	@Test
	void unknownRoleNamesFileAndLine() {
		String broken = PROVINCE.replace("escalateTo: HEAD", "escalateTo: PRESIDENT");
		assertThatThrownBy(() -> load(broken))
			.hasMessageContaining("XX.yaml, line " + lineOf(broken, "escalateTo: PRESIDENT"))
			.hasMessageContaining("PRESIDENT");
	}

	@Test
	void unknownDeadlineKeyNamesFileAndLine() {
		String broken = PROVINCE.replace("  REVIEW:", "  REVEIW:");
		assertThatThrownBy(() -> load(broken)).hasMessageContaining("XX.yaml, line " + lineOf(broken, "REVEIW"))
			.hasMessageContaining("REVEIW");
	}

	@Test
	void missingRequiredFieldNamesFileAndLine() {
		String broken = PROVINCE.replace("    article: XX Art. 3.1\n", "");
		assertThatThrownBy(() -> load(broken)).hasMessageContaining("XX.yaml, line " + lineOf(broken, "  REVIEW:"))
			.hasMessageContaining("'article' is required");
	}

	@Test
	void unknownUnitLevelInAWindowNamesFileAndLine() {
		String broken = PROVINCE + """
				approvalWindows:
				  - key: W
				    purpose: HEAD_APPROVAL
				    levels: [UNIT, HAMLET]
				    type: LAST_DAYS_OF_MONTH
				    lastDays: 5
				    approver: HEAD
				    article: XX Art. 4
				""";
		assertThatThrownBy(() -> load(broken)).hasMessageContaining("XX.yaml, line " + lineOf(broken, "HAMLET"))
			.hasMessageContaining("unknown unit level 'HAMLET'");
	}

	@Test
	void unknownJurisdictionStopsTheStartListingTheKnownCodes() {
		assertThatThrownBy(() -> new RuleSetRegistry(SHIPPED, "QN")).isInstanceOf(RuleSetException.class)
			.hasMessageContaining("QN")
			.hasMessageContainingAll("TT06", "DN", "HY", "HCM");
	}

	@Test
	void aProvinceFileInTheExternalDirectoryLoadsWithoutCode(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("XX.yaml"), PROVINCE);
		RuleSetRegistry registry = new RuleSetRegistry(RuleSetLoader.load(RuleSetRegistry.sources(dir.toString())),
				"XX");
		RuleSet xx = registry.inForce();
		assertThat(registry.codes()).contains("TT06", "HY", "XX");
		assertThat(xx.deadline(DeadlineKey.REVIEW).days()).isEqualTo(7);
		// Everything else comes from the national floor.
		assertThat(xx.deadline(DeadlineKey.TRANSFER_IN_PULL).article()).isEqualTo("TT06 Art. 11.1b");
		assertThat(xx.approvalWindows()).isEqualTo(SHIPPED.get("TT06").approvalWindows());
	}

	@Test
	void aBrokenExternalFileNamesItsPath(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("XX.yaml"), PROVINCE.replace("days: 7", "days: -1"));
		assertThatThrownBy(() -> RuleSetLoader.load(RuleSetRegistry.sources(dir.toString())))
			.hasMessageContaining(dir.resolve("XX.yaml").toString() + ", line");
	}

	private static void assertDeadline(RuleSet r, DeadlineKey key, int days, DeadlineEvent from, String article,
			boolean statutory) {
		Deadline d = r.deadline(key);
		assertThat(d.effectiveMode()).as(r.code() + " " + key).isEqualTo(DeadlineMode.DEADLINE);
		assertThat(d.days()).as(r.code() + " " + key).isEqualTo(days);
		assertThat(d.effectiveCount()).isEqualTo(DayCount.WORKING_DAYS);
		assertThat(d.from()).as(r.code() + " " + key).isEqualTo(from);
		assertThat(d.article()).isEqualTo(article);
		assertThat(d.statutory()).isEqualTo(statutory);
		assertThat(d.responsible()).isNotNull();
		assertThat(d.escalateTo()).isNotNull();
	}

	private static Map<String, RuleSet> load(String province) {
		List<RuleSetSource> sources = new ArrayList<>(RuleSetRegistry.sources(null));
		sources.add(new RuleSetSource("XX.yaml", province));
		return RuleSetLoader.load(sources);
	}

	/** 1-based line of the first line containing {@code snippet}. */
	static int lineOf(String content, String snippet) {
		String[] lines = content.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(snippet)) {
				return i + 1;
			}
		}
		throw new AssertionError(snippet + " not in the test file");
	}

}

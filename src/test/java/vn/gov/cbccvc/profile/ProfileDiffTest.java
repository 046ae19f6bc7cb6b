package vn.gov.cbccvc.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.WorkHistoryRow;

class ProfileDiffTest {

	private static CvDocument withWork(CvDocument b, java.util.List<WorkHistoryRow> rows) {
		return new CvDocument(b.schemaVersion(), b.header(), b.identity(), b.recruitment(), b.partyAndUnions(),
				b.military(), b.policy(), b.education(), b.positions(), b.salary(), b.health(), b.training(), rows,
				b.personalHistory(), b.rewardsAndDiscipline(), b.family(), b.economy(), b.assessment(),
				b.labourContract());
	}

	@Test
	void identicalDocuments_haveNoChanges() {
		assertThat(ProfileDiff.diff(SampleCv.full(), SampleCv.full())).isEmpty();
	}

	@Test
	void changedAddedAndRemovedFields_areListedByPath() {
		CvDocument before = SampleCv.full();
		var rows = new ArrayList<>(before.workHistory());
		rows.set(1, new WorkHistoryRow(YearMonth.of(2015, 1), YearMonth.of(2025, 6), "Sở Nội vụ", null));
		rows.add(new WorkHistoryRow(YearMonth.of(2025, 7), null, "UBND xã Tiên Lữ", "Phó Chủ tịch"));
		CvDocument after = withWork(before, rows);
		assertThat(ProfileDiff.diff(before, after)).extracting(FieldChange::path, FieldChange::oldValue,
				FieldChange::newValue)
			.containsExactly(tuple("workHistory[1].titleOrPosition", "Chuyên viên", null),
					tuple("workHistory[1].to", null, "2025-06"), tuple("workHistory[2].from", null, "2025-07"),
					tuple("workHistory[2].titleOrPosition", null, "Phó Chủ tịch"),
					tuple("workHistory[2].unit", null, "UBND xã Tiên Lữ"));
	}

	@Test
	void againstNothingApproved_everyFieldIsNew() {
		var changes = ProfileDiff.diff(null, SampleCv.full());
		assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.oldValue()).isNull());
		assertThat(changes).extracting(FieldChange::path).contains("identity.personalIdNumber", "salary.rank.coefficient");
	}

}

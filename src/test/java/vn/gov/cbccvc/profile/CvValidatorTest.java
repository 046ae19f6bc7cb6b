package vn.gov.cbccvc.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.Identity;
import vn.gov.cbccvc.profile.cv.LabourContract;
import vn.gov.cbccvc.profile.cv.Place;
import vn.gov.cbccvc.profile.cv.Recruitment;
import vn.gov.cbccvc.profile.cv.Sex;
import vn.gov.cbccvc.profile.cv.WorkHistoryRow;

class CvValidatorTest {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private final CsvCodeLists codeLists = new CsvCodeLists();

	private final CvValidator validator = new CvValidator(new BeanViolations(FACTORY.getValidator()),
			new PersonalIdRules(this.codeLists), this.codeLists);

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	private List<FieldViolation> check(CvDocument cv) {
		return this.validator.check(cv, TODAY);
	}

	private static Identity identity(String name, LocalDate birth, String id, LocalDate issued, String ethnic) {
		Identity s = SampleCv.identity(id, Sex.MALE, birth);
		return new Identity(name, s.sex(), s.otherNames(), birth, s.placeOfBirth(), s.homeTown(), ethnic,
				s.religionCode(), id, issued, s.phone(), s.socialInsuranceNumber(), s.healthInsuranceCardNumber(),
				s.currentResidence(), s.familyBackground());
	}

	@Test
	void completeSampleCv_passes() {
		assertThat(check(SampleCv.full())).isEmpty();
	}

	@Test
	void birthNameNotUpperCase_isRejected() {
		var cv = SampleCv.full(identity("Nguyễn Văn An", SampleCv.BIRTH, SampleCv.PERSONAL_ID, null, "01"));
		assertThat(check(cv)).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("identity.birthName", "format.upper-case"));
	}

	@Test
	void missingRequiredFields_areEachListedInVietnameseAndEnglish() {
		var id = new Identity(null, null, null, null, null, null, null, null, SampleCv.PERSONAL_ID, null, "12ab",
				null, null, null, null);
		var v = check(SampleCv.full(id));
		assertThat(v).extracting(FieldViolation::field)
			.contains("identity.birthName", "identity.sex", "identity.birthDate", "identity.placeOfBirth",
					"identity.ethnicGroupCode", "identity.phone");
		assertThat(v).allSatisfy(f -> assertThat(f.messageVi()).isNotBlank());
		assertThat(v).filteredOn(f -> f.field().equals("identity.sex")).singleElement()
			.satisfies(f -> assertThat(f.messageVi()).isEqualTo("Bắt buộc nhập"));
	}

	@Test
	void birthInTheFuture_isRejected() {
		// a future birth date in a 2000s ID so that only the date rule fails
		LocalDate future = TODAY.plusDays(1);
		var cv = SampleCv.full(identity("NGUYỄN VĂN AN", future, "001226012345", null, "01"));
		assertThat(check(cv)).extracting(FieldViolation::field, FieldViolation::code)
			.contains(org.assertj.core.groups.Tuple.tuple("identity.birthDate", "date.future"));
	}

	@Test
	void recruitmentBeforeAgeFifteen_isRejected() {
		var base = SampleCv.full();
		var cv = new CvDocument(base.schemaVersion(), base.header(), base.identity(),
				new Recruitment(null, SampleCv.BIRTH.plusYears(15).minusDays(1), null, null), base.partyAndUnions(),
				base.military(), base.policy(), base.education(), base.positions(), base.salary(), base.health(),
				base.training(), base.workHistory(), base.personalHistory(), base.rewardsAndDiscipline(),
				base.family(), base.economy(), base.assessment(), null);
		assertThat(check(cv)).extracting(FieldViolation::code).containsExactly("date.recruited-too-young");
	}

	@Test
	void recruitmentOnFifteenthBirthday_isAccepted() {
		var base = SampleCv.full();
		var cv = new CvDocument(base.schemaVersion(), base.header(), base.identity(),
				new Recruitment(null, SampleCv.BIRTH.plusYears(15), null, null), null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null);
		assertThat(check(cv)).isEmpty();
	}

	@Test
	void idIssuedBeforeBirthOrInFuture_isRejected() {
		var before = SampleCv.full(identity("NGUYỄN VĂN AN", SampleCv.BIRTH, SampleCv.PERSONAL_ID,
				SampleCv.BIRTH.minusDays(1), "01"));
		assertThat(check(before)).extracting(FieldViolation::code).containsExactly("date.before-birth");
		var future = SampleCv.full(identity("NGUYỄN VĂN AN", SampleCv.BIRTH, SampleCv.PERSONAL_ID,
				TODAY.plusDays(1), "01"));
		assertThat(check(future)).extracting(FieldViolation::code).containsExactly("date.future");
	}

	@Test
	void tableRowEndingBeforeItStarts_isRejectedWithItsPath() {
		var base = SampleCv.full();
		var cv = new CvDocument(base.schemaVersion(), base.header(), base.identity(), null, null, null, null, null,
				null, null, null, null,
				List.of(new WorkHistoryRow(YearMonth.of(2010, 1), YearMonth.of(2012, 1), "A", null),
						new WorkHistoryRow(YearMonth.of(2015, 5), YearMonth.of(2015, 4), "B", null)),
				null, null, null, null, null, null);
		assertThat(check(cv)).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("workHistory[1].to", "date.period-reversed"));
	}

	@Test
	void rowOfOneMonth_isAccepted() {
		var base = SampleCv.full();
		var cv = new CvDocument(base.schemaVersion(), base.header(), base.identity(), null, null, null, null, null,
				null, null, null, null, List.of(new WorkHistoryRow(YearMonth.of(2015, 5), YearMonth.of(2015, 5), "B", null)),
				null, null, null, null, null, null);
		assertThat(check(cv)).isEmpty();
	}

	@Test
	void unknownCodeListValues_areRejected() {
		var cv = SampleCv.full(identity("NGUYỄN VĂN AN", SampleCv.BIRTH, SampleCv.PERSONAL_ID, null, "99"));
		assertThat(check(cv)).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("identity.ethnicGroupCode", "code.unknown"));
	}

	@Test
	void personalIdDisagreeingWithCvIdentity_isReportedOnTheIdField() {
		var cv = SampleCv.full(identity("NGUYỄN VĂN AN", SampleCv.BIRTH, "001086012345", null, "01"));
		assertThat(check(cv)).extracting(FieldViolation::field, FieldViolation::code)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("identity.personalIdNumber", "personal-id.birth-year-mismatch"));
	}

	@Test
	void fixedTermContractWithoutEndOrSalary_isRejected() {
		var base = SampleCv.full();
		var party = new LabourContract.ContractParty("Sở Nội vụ", "Giám đốc", null, null, null, null, null);
		var contract = new LabourContract("01/HĐLĐ", null, party, party, LabourContract.ContractType.FIXED_TERM,
				LocalDate.of(2025, 1, 1), null, "Hưng Yên", "Lái xe", "8h/ngày", null, null, null, null, null);
		var cv = new CvDocument(base.schemaVersion(), base.header(), base.identity(), null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, contract);
		assertThat(check(cv)).extracting(FieldViolation::code)
			.containsExactlyInAnyOrder("contract.end-required", "contract.salary-required");
		var ok = new LabourContract("01/HĐLĐ", null, party, party, LabourContract.ContractType.FIXED_TERM,
				LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), "Hưng Yên", "Lái xe", null,
				new BigDecimal("1.5"), null, null, null, null);
		assertThat(check(new CvDocument(1, base.header(), base.identity(), null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, ok))).isEmpty();
	}

	@Test
	void unknownSchemaVersion_isRejected() {
		var b = SampleCv.full();
		var cv = new CvDocument(CvDocument.CURRENT_SCHEMA + 1, b.header(), b.identity(), null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null);
		assertThat(check(cv)).extracting(FieldViolation::code).containsExactly("schema.unsupported");
	}

	@Test
	void placeOfBirthIsValidatedInside() {
		var s = SampleCv.identity(SampleCv.PERSONAL_ID, Sex.MALE, SampleCv.BIRTH);
		var id = new Identity(s.birthName(), s.sex(), null, s.birthDate(), new Place(null, null, "x".repeat(151)),
				null, "01", null, s.personalIdNumber(), null, null, null, null, null, null);
		assertThat(check(SampleCv.full(id))).extracting(FieldViolation::field)
			.containsExactly("identity.placeOfBirth.province");
	}

}

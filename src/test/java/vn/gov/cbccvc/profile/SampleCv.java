package vn.gov.cbccvc.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.gov.cbccvc.profile.cv.AgencyAssessment;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.EconomicSituation;
import vn.gov.cbccvc.profile.cv.Education;
import vn.gov.cbccvc.profile.cv.FamilyRelations;
import vn.gov.cbccvc.profile.cv.Header;
import vn.gov.cbccvc.profile.cv.Health;
import vn.gov.cbccvc.profile.cv.Identity;
import vn.gov.cbccvc.profile.cv.Military;
import vn.gov.cbccvc.profile.cv.PartyAndUnions;
import vn.gov.cbccvc.profile.cv.PersonalHistory;
import vn.gov.cbccvc.profile.cv.Place;
import vn.gov.cbccvc.profile.cv.Policy;
import vn.gov.cbccvc.profile.cv.Positions;
import vn.gov.cbccvc.profile.cv.Recruitment;
import vn.gov.cbccvc.profile.cv.RewardsAndDiscipline;
import vn.gov.cbccvc.profile.cv.Salary;
import vn.gov.cbccvc.profile.cv.Sex;
import vn.gov.cbccvc.profile.cv.Training;
import vn.gov.cbccvc.profile.cv.WorkHistoryRow;

/** A complete, valid CV of a civil servant born 1985 in Hà Nội, male, personal ID 001085012345. */
public final class SampleCv {

	static final String PERSONAL_ID = "001085012345";

	public static final LocalDate BIRTH = LocalDate.of(1985, 3, 14);

	private SampleCv() {
	}

	public static Identity identity(String personalId, Sex sex, LocalDate birth) {
		return new Identity("NGUYỄN VĂN AN", sex, null, birth, new Place(null, "Phường Ba Đình", "Hà Nội"),
				new Place(null, "Xã Tiên Lữ", "Hưng Yên"), "01", "00", personalId, LocalDate.of(2021, 6, 1),
				"0912345678", "0123456789", "DN4790123456789", new Place("12 Phố Huế", "Phường Hai Bà Trưng", "Hà Nội"),
				"Công chức");
	}

	static CvDocument full() {
		return full(identity(PERSONAL_ID, Sex.MALE, BIRTH));
	}

	public static CvDocument full(Identity identity) {
		return new CvDocument(CvDocument.CURRENT_SCHEMA,
				new Header("UBND tỉnh Hưng Yên", "Sở Nội vụ", "HY-000123", null), identity,
				new Recruitment("Sinh viên", LocalDate.of(2008, 9, 1), "Sở Nội vụ Hưng Yên", LocalDate.of(2015, 1, 1)),
				new PartyAndUnions(LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19), "Đoàn TNCS Hồ Chí Minh",
						LocalDate.of(2000, 3, 26)),
				new Military(null, null, null), new Policy(null),
				new Education("12-12", "THS", "Luật", "TC", "CV", null, null, null),
				new Positions("Chuyên viên", LocalDate.of(2015, 1, 1), null, null, null, null, null, "Tổ chức cán bộ",
						null, null),
				new Salary(new Salary.RankSalary("01.003", "Chuyên viên", LocalDate.of(2009, 9, 1), 4,
						new BigDecimal("3.33"), LocalDate.of(2020, 9, 1), new BigDecimal("100"), null, null),
						new Salary.Allowances(null, null, null), null),
				new Health("Tốt", 170, 65, "O+"),
				new Training(
						List.of(new Training.ProfessionalRow(YearMonth.of(2003, 9), YearMonth.of(2007, 6),
								"Đại học Luật Hà Nội", "Luật", "Chính quy", "Cử nhân")),
						List.of(new Training.CourseRow(YearMonth.of(2016, 3), YearMonth.of(2016, 9),
								"Trường Chính trị tỉnh", "Trung cấp lý luận chính trị", "Tập trung", "Bằng TC", "TC")),
						null, null, null,
						List.of(new Training.LanguageRow(YearMonth.of(2012, 1), YearMonth.of(2012, 6), null,
								"Tiếng Anh", "B1", null))),
				List.of(new WorkHistoryRow(YearMonth.of(2008, 9), YearMonth.of(2014, 12), "Sở Nội vụ Hưng Yên",
						"Chuyên viên"), new WorkHistoryRow(YearMonth.of(2015, 1), null, "Sở Nội vụ", "Chuyên viên")),
				new PersonalHistory("Không", "Không", "Không"),
				new RewardsAndDiscipline(List.of(new RewardsAndDiscipline.YearlyRow(2024, "Hoàn thành tốt nhiệm vụ",
						"Lao động tiên tiến", null)), null),
				new FamilyRelations(List.of(new FamilyRelations.RelativeRow("Bố", "Nguyễn Văn Bình", 1955, "Hưu trí")),
						null),
				new EconomicSituation(
						List.of(new EconomicSituation.SalaryHistoryRow(YearMonth.of(2009, 9), YearMonth.of(2012, 8),
								"01.003", 1, new BigDecimal("2.34"), null)),
						null, null),
				new AgencyAssessment("Hoàn thành tốt nhiệm vụ", null, null), null);
	}

}

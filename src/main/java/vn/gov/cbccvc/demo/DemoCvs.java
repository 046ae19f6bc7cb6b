package vn.gov.cbccvc.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.profile.cv.AgencyAssessment;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.EconomicSituation;
import vn.gov.cbccvc.profile.cv.Education;
import vn.gov.cbccvc.profile.cv.FamilyRelations;
import vn.gov.cbccvc.profile.cv.Header;
import vn.gov.cbccvc.profile.cv.Health;
import vn.gov.cbccvc.profile.cv.Identity;
import vn.gov.cbccvc.profile.cv.LabourContract;
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

/** Complete, valid CVs (TT06 annex; Circular 05/2023 Annex II for contract workers) for the demo people. */
final class DemoCvs {

	private DemoCvs() {
	}

	static CvDocument of(DemoPerson p, String unitName) {
		LocalDate recruited = p.birthDate().plusYears(23).withMonth(9).withDayOfMonth(1);
		boolean contract = p.category() == PersonCategory.CONTRACT_WORKER;
		Identity identity = new Identity(p.fullName().toUpperCase(java.util.Locale.forLanguageTag("vi")), p.sex(), null,
				p.birthDate(), new Place(null, "Phường Hiến Nam", "Hưng Yên"), new Place(null, "Xã Tiên Lữ", "Hưng Yên"),
				"01", "00", p.personalIdNumber(), LocalDate.of(2021, 6, 1), "0912" + p.personalIdNumber().substring(6),
				p.personalIdNumber().substring(2), null, new Place("Số 5 đường Chùa Chuông", "Phường Hiến Nam", "Hưng Yên"),
				"Công chức");
		return new CvDocument(CvDocument.CURRENT_SCHEMA,
				new Header("UBND tỉnh Mẫu", unitName, p.fileNumber(), null), identity,
				new Recruitment("Sinh viên", recruited, unitName, recruited),
				new PartyAndUnions(null, null, "Công đoàn Việt Nam", recruited.plusMonths(3)), new Military(null, null, null),
				new Policy(null), new Education("12-12", contract ? "TC" : "DH", p.major(), contract ? null : "SC",
						contract ? null : "CV", null, null, null),
				new Positions(p.position(), recruited, null, null, null, null, null, p.major(), null, null),
				contract ? null : new Salary(new Salary.RankSalary("01.003", "Chuyên viên", recruited.plusYears(1), 3,
						new BigDecimal("3.00"), recruited.plusYears(7), new BigDecimal("100"), null, null),
						new Salary.Allowances(null, null, null), null),
				new Health("Tốt", p.sex() == Sex.MALE ? 168 : 157, p.sex() == Sex.MALE ? 62 : 50, "O+"),
				new Training(
						List.of(new Training.ProfessionalRow(YearMonth.from(recruited.minusYears(4)),
								YearMonth.from(recruited.minusMonths(3)), "Đại học Quốc gia Hà Nội", p.major(), "Chính quy",
								"Cử nhân")),
						null, null, null, null, List.of(new Training.LanguageRow(YearMonth.from(recruited.plusYears(2)),
								YearMonth.from(recruited.plusYears(2).plusMonths(4)), null, "Tiếng Anh", "B1", null))),
				List.of(new WorkHistoryRow(YearMonth.from(recruited), null, unitName, p.position())),
				new PersonalHistory("Không", "Không", "Không"),
				new RewardsAndDiscipline(List.of(new RewardsAndDiscipline.YearlyRow(2025, "Hoàn thành tốt nhiệm vụ",
						"Lao động tiên tiến", null)), null),
				new FamilyRelations(List.of(new FamilyRelations.RelativeRow("Mẹ", "Nguyễn Thị Hòa",
						p.birthDate().getYear() - 26, "Hưu trí")), null),
				new EconomicSituation(null, null, null), new AgencyAssessment("Hoàn thành tốt nhiệm vụ", null, null),
				contract ? contract(p, unitName, recruited) : null);
	}

	private static LabourContract contract(DemoPerson p, String unitName, LocalDate start) {
		return new LabourContract("HĐ-" + p.fileNumber(), start.minusDays(3),
				new LabourContract.ContractParty(unitName, "Lê Văn Cường", "Giám đốc", "Tỉnh Mẫu", null, null, null),
				new LabourContract.ContractParty(p.fullName(), null, null, "Tỉnh Mẫu", null, p.personalIdNumber(),
						p.birthDate()),
				LabourContract.ContractType.INDEFINITE, start, null, unitName, p.position(), "8 giờ/ngày, 5 ngày/tuần",
				new BigDecimal("2.34"), null, null, "Bảo hiểm xã hội, y tế, thất nghiệp theo quy định",
				"Theo Bộ luật Lao động 2019");
	}

}

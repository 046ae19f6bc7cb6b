package vn.gov.cbccvc.profile;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.codelist.CodeLists;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.Identity;
import vn.gov.cbccvc.profile.cv.LabourContract;
import vn.gov.cbccvc.profile.cv.TimedRow;

/**
 * Every rule a CV must meet before it is stored: the form's field formats (Bean Validation), the personal ID
 * number against sex and birth date, date order, and code-list values. Lists every failing field at once.
 */
@Component
class CvValidator {

	/** The youngest age at which a person may be recruited (Labour Code 2019 Art. 143: minors need special rules). */
	static final int MIN_RECRUITMENT_AGE = 15;

	private final BeanViolations beanViolations;

	private final PersonalIdRules personalIdRules;

	private final CodeLists codeLists;

	CvValidator(BeanViolations beanViolations, PersonalIdRules personalIdRules, CodeLists codeLists) {
		this.beanViolations = beanViolations;
		this.personalIdRules = personalIdRules;
		this.codeLists = codeLists;
	}

	List<FieldViolation> check(CvDocument cv, LocalDate today) {
		List<FieldViolation> out = new ArrayList<>(this.beanViolations.check("", cv));
		if (cv.schemaVersion() != null && (cv.schemaVersion() < 1 || cv.schemaVersion() > CvDocument.CURRENT_SCHEMA)) {
			out.add(new FieldViolation("schemaVersion", "schema.unsupported",
					"Phiên bản cấu trúc " + cv.schemaVersion() + " không được hỗ trợ (hiện hành: "
							+ CvDocument.CURRENT_SCHEMA + ")",
					"Schema version " + cv.schemaVersion() + " is not supported (current: " + CvDocument.CURRENT_SCHEMA
							+ ")"));
		}
		Identity id = cv.identity();
		LocalDate birth = id == null ? null : id.birthDate();
		if (id != null) {
			checkIdentity(id, today, out);
		}
		if (cv.recruitment() != null && birth != null && !birth.isAfter(today)) {
			LocalDate first = cv.recruitment().firstRecruitmentDate();
			if (first != null && first.isBefore(birth.plusYears(MIN_RECRUITMENT_AGE))) {
				out.add(new FieldViolation("recruitment.firstRecruitmentDate", "date.recruited-too-young",
						"Ngày tuyển dụng lần đầu phải sau ngày sinh ít nhất " + MIN_RECRUITMENT_AGE + " năm",
						"The first recruitment date must be at least " + MIN_RECRUITMENT_AGE
								+ " years after the birth date"));
			}
			LocalDate joined = cv.recruitment().currentAgencyJoinDate();
			if (first != null && joined != null && joined.isBefore(first)) {
				out.add(new FieldViolation("recruitment.currentAgencyJoinDate", "date.before-recruitment",
						"Ngày vào cơ quan hiện tại không được trước ngày tuyển dụng lần đầu",
						"The date of joining the current agency cannot be before the first recruitment"));
			}
		}
		walk(cv, "", (path, node) -> {
			if (node instanceof TimedRow row && row.from() != null && row.to() != null && row.from().isAfter(row.to())) {
				out.add(new FieldViolation(path + ".to", "date.period-reversed",
						"Thời gian 'đến' (" + row.to() + ") phải bằng hoặc sau 'từ' (" + row.from() + ")",
						"'To' (" + row.to() + ") must not be before 'from' (" + row.from() + ")"));
			}
		});
		checkCodes(cv, out);
		if (cv.labourContract() != null) {
			checkContract(cv.labourContract(), out);
		}
		return out;
	}

	private void checkIdentity(Identity id, LocalDate today, List<FieldViolation> out) {
		LocalDate birth = id.birthDate();
		if (birth != null && birth.isAfter(today)) {
			out.add(new FieldViolation("identity.birthDate", "date.future", "Ngày sinh không được ở tương lai",
					"The birth date cannot be in the future"));
		}
		if (id.personalIdNumber() != null && id.personalIdNumber().matches("\\d{12}")) {
			out.addAll(this.personalIdRules.check("identity.personalIdNumber", id.personalIdNumber(), id.sex(), birth));
		}
		LocalDate issued = id.personalIdIssueDate();
		if (issued != null) {
			if (issued.isAfter(today)) {
				out.add(new FieldViolation("identity.personalIdIssueDate", "date.future",
						"Ngày cấp không được ở tương lai", "The issue date cannot be in the future"));
			}
			if (birth != null && !issued.isAfter(birth)) {
				out.add(new FieldViolation("identity.personalIdIssueDate", "date.before-birth",
						"Ngày cấp phải sau ngày sinh", "The issue date must be after the birth date"));
			}
		}
	}

	private void checkCodes(CvDocument cv, List<FieldViolation> out) {
		if (cv.identity() != null) {
			code(CodeLists.ETHNIC_GROUP, "identity.ethnicGroupCode", cv.identity().ethnicGroupCode(), out);
			code(CodeLists.RELIGION, "identity.religionCode", cv.identity().religionCode(), out);
		}
		if (cv.education() != null) {
			code(CodeLists.GENERAL_EDUCATION, "education.generalEducationCode", cv.education().generalEducationCode(),
					out);
			code(CodeLists.QUALIFICATION, "education.highestQualificationCode",
					cv.education().highestQualificationCode(), out);
			code(CodeLists.POLITICAL_THEORY, "education.politicalTheoryLevelCode",
					cv.education().politicalTheoryLevelCode(), out);
			code(CodeLists.STATE_MANAGEMENT, "education.stateManagementLevelCode",
					cv.education().stateManagementLevelCode(), out);
		}
		if (cv.salary() != null && cv.salary().rank() != null) {
			code(CodeLists.RANK, "salary.rank.rankCode", cv.salary().rank().rankCode(), out);
		}
		if (cv.economy() != null && cv.economy().salaryHistory() != null) {
			var rows = cv.economy().salaryHistory();
			for (int i = 0; i < rows.size(); i++) {
				if (rows.get(i) != null) {
					code(CodeLists.RANK, "economy.salaryHistory[" + i + "].rankCode", rows.get(i).rankCode(), out);
				}
			}
		}
		if (cv.training() != null) {
			var pt = cv.training().politicalTheory();
			for (int i = 0; pt != null && i < pt.size(); i++) {
				if (pt.get(i) != null) {
					code(CodeLists.POLITICAL_THEORY, "training.politicalTheory[" + i + "].levelCode",
							pt.get(i).levelCode(), out);
				}
			}
			var sm = cv.training().stateManagement();
			for (int i = 0; sm != null && i < sm.size(); i++) {
				if (sm.get(i) != null) {
					code(CodeLists.STATE_MANAGEMENT, "training.stateManagement[" + i + "].levelCode",
							sm.get(i).levelCode(), out);
				}
			}
		}
	}

	private void code(String list, String field, String value, List<FieldViolation> out) {
		if (value != null && !value.isBlank() && !this.codeLists.contains(list, value)) {
			out.add(new FieldViolation(field, "code.unknown",
					"Mã '" + value + "' không có trong danh mục " + list,
					"Code '" + value + "' is not in code list " + list));
		}
	}

	private static void checkContract(LabourContract c, List<FieldViolation> out) {
		if (c.type() == LabourContract.ContractType.FIXED_TERM && c.endDate() == null) {
			out.add(new FieldViolation("labourContract.endDate", "contract.end-required",
					"Hợp đồng xác định thời hạn phải có ngày kết thúc",
					"A fixed-term contract needs an end date"));
		}
		if (c.startDate() != null && c.endDate() != null && !c.endDate().isAfter(c.startDate())) {
			out.add(new FieldViolation("labourContract.endDate", "date.period-reversed",
					"Ngày kết thúc hợp đồng phải sau ngày bắt đầu", "The contract must end after it starts"));
		}
		if (c.salaryCoefficient() == null && c.salaryAmount() == null) {
			out.add(new FieldViolation("labourContract.salaryCoefficient", "contract.salary-required",
					"Phải ghi hệ số lương hoặc mức lương", "Give either a salary coefficient or a salary amount"));
		}
	}

	/** Visits every record and list element of the document with its JSON path. */
	static void walk(Object node, String path, BiConsumer<String, Object> visitor) {
		if (node == null) {
			return;
		}
		visitor.accept(path, node);
		if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				walk(list.get(i), path + "[" + i + "]", visitor);
			}
		}
		else if (node.getClass().isRecord()) {
			for (RecordComponent rc : node.getClass().getRecordComponents()) {
				try {
					Object child = rc.getAccessor().invoke(node);
					walk(child, path.isEmpty() ? rc.getName() : path + "." + rc.getName(), visitor);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

}

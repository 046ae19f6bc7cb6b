package vn.gov.cbccvc.demo;

import static vn.gov.cbccvc.demo.DemoPerson.DemoState.APPROVED;
import static vn.gov.cbccvc.demo.DemoPerson.DemoState.DECEASED;
import static vn.gov.cbccvc.demo.DemoPerson.DemoState.ENTERING;
import static vn.gov.cbccvc.demo.DemoPerson.DemoState.RESIGNED;
import static vn.gov.cbccvc.demo.DemoPerson.DemoState.RETIRED;
import static vn.gov.cbccvc.demo.DemoPerson.DemoState.REVIEWED;
import static vn.gov.cbccvc.demo.DemoPerson.DemoState.TRANSFERRED_OUT;
import static vn.gov.cbccvc.profile.PersonCategory.CIVIL_SERVANT;
import static vn.gov.cbccvc.profile.PersonCategory.CONTRACT_WORKER;
import static vn.gov.cbccvc.profile.PersonCategory.PUBLIC_EMPLOYEE;
import static vn.gov.cbccvc.profile.cv.Sex.FEMALE;
import static vn.gov.cbccvc.profile.cv.Sex.MALE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.cbccvc.account.AccountKind;
import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.account.NewAccount;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.organisation.OrganisationService;
import vn.gov.cbccvc.organisation.UnitCommands;
import vn.gov.cbccvc.organisation.UnitKind;
import vn.gov.cbccvc.profile.NewPerson;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.RecordStatus;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * A small province to try the product with at once (on by default with H2, off in the {@code postgres}
 * profile): the DoHA, two departments, a district with two communes, a public service unit, about 30 people in
 * varied states, and a login for every role with the password {@value #PASSWORD}. Runs once: a database that
 * already has the demo province is left alone.
 */
@Component
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

	static final String PASSWORD = "demo";

	static final String PROVINCE_CODE = "000.00.00.H99";

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final String ACTOR = "demo-data";

	private final OrganisationService organisation;

	private final OrganisationDirectory directory;

	private final PersonService people;

	private final ProfileService profiles;

	private final AccountService accounts;

	private final SignatureService signatures;

	private final TransactionTemplate transaction;

	DemoDataLoader(OrganisationService organisation, OrganisationDirectory directory, PersonService people,
			ProfileService profiles, AccountService accounts, SignatureService signatures,
			TransactionTemplate transaction) {
		this.organisation = organisation;
		this.directory = directory;
		this.people = people;
		this.profiles = profiles;
		this.accounts = accounts;
		this.signatures = signatures;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.findByAgencyCode(PROVINCE_CODE).isPresent()) {
			log.info("Demo data already present");
		}
		else {
			long started = System.currentTimeMillis();
			this.transaction.executeWithoutResult(status -> load());
			log.info("Demo data loaded in {} ms", System.currentTimeMillis() - started);
		}
		log.info(DemoLogins.banner());
	}

	private void load() {
		Map<String, Long> units = createUnits();
		Map<String, Long> personIds = new LinkedHashMap<>();
		for (DemoPerson p : people()) {
			try {
				personIds.put(p.fullName(), load(p, units.get(p.unitKey())));
			}
			catch (ValidationException ex) {
				throw new IllegalStateException("Demo person " + p.serial() + " is not valid: " + ex.getViolations(), ex);
			}
		}
		createAccounts(units, personIds);
	}

	private long load(DemoPerson p, long unitId) {
		long personId = this.people
			.register(new NewPerson(p.personalIdNumber(), p.fullName(), p.sex(), p.birthDate(), unitId, p.category(),
					p.fileNumber()), ACTOR)
			.id();
		String unitName = this.directory.findUnit(unitId).orElseThrow().name();
		this.profiles.saveDraft(personId, DemoCvs.of(p, unitName), null, p.personalIdNumber());
		advance(p, personId, approverOf(p.unitKey()));
		return personId;
	}

	/** Leaves the record in the state the demo shows: entering, reviewed, approved and signed, or archived. */
	private void advance(DemoPerson p, long personId, String approver) {
		if (p.state() == ENTERING) {
			return;
		}
		this.profiles.setDraftLocked(personId, true, "clerk");
		if (p.state() == REVIEWED) {
			return;
		}
		ProfileVersionInfo version = this.profiles.approveDraft(personId, VersionKind.ONBOARDING, approver);
		this.signatures.sign(ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(version.id()),
				SignaturePurpose.APPROVAL, approver, this.profiles.canonicalBytes(version.id()));
		LocalDate effective = LocalDate.of(2026, 6, 30);
		switch (p.state()) {
			case RETIRED -> this.people.changeRecordStatus(personId, RecordStatus.RETIRED,
					"Quyết định nghỉ hưu số 112/QĐ-SGDĐT", effective);
			case RESIGNED -> this.people.changeRecordStatus(personId, RecordStatus.RESIGNED,
					"Quyết định thôi việc số 87/QĐ-SYT", effective);
			case DECEASED -> this.people.changeRecordStatus(personId, RecordStatus.DECEASED,
					"Giấy chứng tử số 15/2026", effective);
			case TRANSFERRED_OUT -> this.people.changeRecordStatus(personId, RecordStatus.TRANSFERRED_OUT,
					"Quyết định điều động số 45/QĐ-UBND", effective, "Sở Nội vụ tỉnh Bắc Ninh");
			default -> {
			}
		}
	}

	private Map<String, Long> createUnits() {
		Map<String, Long> units = new LinkedHashMap<>();
		long province = unit(units, "province", null, UnitKind.PROVINCE, "Ủy ban nhân dân tỉnh Mẫu", PROVINCE_CODE);
		unit(units, "doha", province, UnitKind.DOHA, "Sở Nội vụ tỉnh Mẫu", "000.00.01.H99");
		long education = unit(units, "education", province, UnitKind.DEPARTMENT, "Sở Giáo dục và Đào tạo",
				"000.00.02.H99");
		unit(units, "health", province, UnitKind.DEPARTMENT, "Sở Y tế", "000.00.03.H99");
		long district = unit(units, "district", province, UnitKind.DISTRICT, "Ủy ban nhân dân huyện Minh Châu",
				"000.00.04.H99");
		unit(units, "commune1", district, UnitKind.COMMUNE, "Ủy ban nhân dân xã Hòa Bình", "000.01.04.H99");
		unit(units, "commune2", district, UnitKind.COMMUNE, "Ủy ban nhân dân xã An Lạc", "000.02.04.H99");
		unit(units, "school", education, UnitKind.PUBLIC_SERVICE_UNIT, "Trường THPT Nguyễn Trãi", "000.01.02.H99");
		return units;
	}

	private long unit(Map<String, Long> units, String key, Long parent, UnitKind kind, String name, String code) {
		long id = this.organisation.create(new UnitCommands.Create(parent, kind, name, null, code, null)).id();
		units.put(key, id);
		return id;
	}

	private void createAccounts(Map<String, Long> units, Map<String, Long> personIds) {
		for (DemoLogins.Login login : DemoLogins.LOGINS) {
			Long unitId = login.unitKey() == null ? null : units.get(login.unitKey());
			Long personId = login.personName() == null ? null : personIds.get(login.personName());
			List<RoleGrant> roles = new ArrayList<>();
			for (String role : login.roles()) {
				boolean provinceWide = Roles.DOHA_ADMIN.equals(role) || Roles.MANAGER.equals(role)
						|| Roles.CAMUNDA_ADMIN.equals(role);
				roles.add(new RoleGrant(role, provinceWide ? null : unitId));
			}
			this.accounts.createAccountWithPassword(new NewAccount(login.kind(), login.username(), login.displayName(),
					null, personId, unitId, roles), PASSWORD, ACTOR);
		}
	}

	/** Who signs the demo approvals of a unit (its head's login). */
	private static String approverOf(String unitKey) {
		return switch (unitKey) {
			case "education", "school" -> "head";
			case "health" -> "head.yte";
			case "district", "commune1", "commune2" -> "head.huyen";
			default -> "doha";
		};
	}

	static List<DemoPerson> people() {
		int n = 0;
		return List.of(
				new DemoPerson("Trần Thị Bình", FEMALE, LocalDate.of(1980, 5, 12), "001", "education", CIVIL_SERVANT,
						"Chuyên viên phòng Tổ chức cán bộ", "Quản lý giáo dục", APPROVED, ++n),
				new DemoPerson("Lê Văn Cường", MALE, LocalDate.of(1970, 11, 3), "033", "education", CIVIL_SERVANT,
						"Giám đốc Sở", "Sư phạm Toán", APPROVED, ++n),
				new DemoPerson("Phạm Thị Dung", FEMALE, LocalDate.of(1978, 7, 21), "034", "education", CIVIL_SERVANT,
						"Phó Giám đốc Sở", "Sư phạm Ngữ văn", APPROVED, ++n),
				new DemoPerson("Hoàng Văn Em", MALE, LocalDate.of(1972, 1, 30), "033", "doha", CIVIL_SERVANT,
						"Trưởng phòng Công chức, viên chức", "Luật", APPROVED, ++n),
				new DemoPerson("Vũ Thị Giang", FEMALE, LocalDate.of(1968, 9, 9), "033", "doha", CIVIL_SERVANT,
						"Giám đốc Sở Nội vụ", "Hành chính công", APPROVED, ++n),
				new DemoPerson("Đặng Văn Hùng", MALE, LocalDate.of(1990, 4, 15), "033", "education", CIVIL_SERVANT,
						"Chuyên viên phòng Giáo dục trung học", "Sư phạm Vật lý", ENTERING, ++n),
				new DemoPerson("Bùi Thị Hương", FEMALE, LocalDate.of(1995, 2, 2), "033", "school", PUBLIC_EMPLOYEE,
						"Giáo viên Toán", "Sư phạm Toán", APPROVED, ++n),
				new DemoPerson("Ngô Văn Khải", MALE, LocalDate.of(1988, 8, 8), "030", "school", PUBLIC_EMPLOYEE,
						"Giáo viên Hóa học", "Sư phạm Hóa học", APPROVED, ++n),
				new DemoPerson("Đỗ Thị Lan", FEMALE, LocalDate.of(2001, 3, 27), "033", "school", PUBLIC_EMPLOYEE,
						"Giáo viên Tiếng Anh", "Sư phạm Tiếng Anh", ENTERING, ++n),
				new DemoPerson("Dương Văn Long", MALE, LocalDate.of(1966, 12, 1), "033", "school", PUBLIC_EMPLOYEE,
						"Giáo viên Lịch sử", "Sư phạm Lịch sử", RETIRED, ++n),
				new DemoPerson("Lý Thị Mai", FEMALE, LocalDate.of(1993, 6, 18), "034", "school", CONTRACT_WORKER,
						"Nhân viên thư viện", "Thư viện", APPROVED, ++n),
				new DemoPerson("Trịnh Văn Nam", MALE, LocalDate.of(1985, 10, 10), "033", "school", CONTRACT_WORKER,
						"Nhân viên bảo vệ", "Bảo vệ", REVIEWED, ++n),
				new DemoPerson("Mai Thị Oanh", FEMALE, LocalDate.of(1983, 1, 5), "079", "health", CIVIL_SERVANT,
						"Trưởng phòng Tổ chức cán bộ", "Y tế công cộng", APPROVED, ++n),
				new DemoPerson("Cao Văn Phúc", MALE, LocalDate.of(1975, 4, 4), "033", "health", CIVIL_SERVANT,
						"Giám đốc Sở Y tế", "Bác sĩ đa khoa", APPROVED, ++n),
				new DemoPerson("Tạ Thị Quyên", FEMALE, LocalDate.of(1991, 9, 23), "033", "health", CIVIL_SERVANT,
						"Chuyên viên phòng Nghiệp vụ Y", "Điều dưỡng", REVIEWED, ++n),
				new DemoPerson("Hồ Văn Sơn", MALE, LocalDate.of(1987, 7, 7), "075", "health", CIVIL_SERVANT,
						"Chuyên viên phòng Kế hoạch - Tài chính", "Kế toán", RESIGNED, ++n),
				new DemoPerson("Kiều Thị Tâm", FEMALE, LocalDate.of(1998, 11, 30), "033", "health", CIVIL_SERVANT,
						"Chuyên viên Văn phòng Sở", "Văn thư - Lưu trữ", ENTERING, ++n),
				new DemoPerson("Lương Văn Tuấn", MALE, LocalDate.of(1979, 3, 3), "033", "district", CIVIL_SERVANT,
						"Chủ tịch UBND huyện", "Quản lý nhà nước", APPROVED, ++n),
				new DemoPerson("Phan Thị Uyên", FEMALE, LocalDate.of(1986, 5, 25), "033", "district", CIVIL_SERVANT,
						"Chuyên viên phòng Nội vụ", "Luật", APPROVED, ++n),
				new DemoPerson("Quách Văn Vinh", MALE, LocalDate.of(1984, 12, 12), "033", "district", CIVIL_SERVANT,
						"Chuyên viên phòng Tài chính - Kế hoạch", "Tài chính", TRANSFERRED_OUT, ++n),
				new DemoPerson("Tôn Thị Xuân", FEMALE, LocalDate.of(1994, 8, 19), "033", "commune1", CIVIL_SERVANT,
						"Công chức Văn phòng - Thống kê", "Hành chính", APPROVED, ++n),
				new DemoPerson("Vương Văn Yên", MALE, LocalDate.of(1977, 6, 6), "033", "commune1", CIVIL_SERVANT,
						"Công chức Địa chính - Xây dựng", "Quản lý đất đai", DECEASED, ++n),
				new DemoPerson("Âu Thị Ánh", FEMALE, LocalDate.of(2000, 1, 15), "033", "commune1", CIVIL_SERVANT,
						"Công chức Tư pháp - Hộ tịch", "Luật", ENTERING, ++n),
				new DemoPerson("Chu Văn Bảo", MALE, LocalDate.of(1982, 2, 28), "033", "commune2", CIVIL_SERVANT,
						"Công chức Tài chính - Kế toán", "Kế toán", APPROVED, ++n),
				new DemoPerson("Đinh Thị Chi", FEMALE, LocalDate.of(1996, 10, 2), "033", "commune2", CIVIL_SERVANT,
						"Công chức Văn hóa - Xã hội", "Văn hóa học", REVIEWED, ++n),
				new DemoPerson("Giáp Văn Đức", MALE, LocalDate.of(1989, 9, 14), "033", "commune2", CONTRACT_WORKER,
						"Nhân viên tạp vụ", "Dịch vụ", APPROVED, ++n),
				new DemoPerson("Hà Thị Gấm", FEMALE, LocalDate.of(1976, 4, 20), "033", "doha", CIVIL_SERVANT,
						"Phó Giám đốc Sở Nội vụ", "Luật", APPROVED, ++n),
				new DemoPerson("Khúc Văn Hải", MALE, LocalDate.of(1992, 12, 24), "033", "doha", CIVIL_SERVANT,
						"Chuyên viên phòng Công chức, viên chức", "Công nghệ thông tin", APPROVED, ++n),
				new DemoPerson("La Thị Hạnh", FEMALE, LocalDate.of(1997, 7, 1), "033", "education", CIVIL_SERVANT,
						"Chuyên viên phòng Kế hoạch - Tài chính", "Kế toán", REVIEWED, ++n),
				new DemoPerson("Mạc Văn Khoa", MALE, LocalDate.of(2002, 5, 5), "033", "school", PUBLIC_EMPLOYEE,
						"Giáo viên Tin học", "Sư phạm Tin học", ENTERING, ++n));
	}

}

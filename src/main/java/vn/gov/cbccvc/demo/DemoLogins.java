package vn.gov.cbccvc.demo;

import java.util.List;

import vn.gov.cbccvc.account.AccountKind;
import vn.gov.cbccvc.security.Roles;

/** The demo logins, one per role (password {@value DemoDataLoader#PASSWORD}); the README lists the same. */
final class DemoLogins {

	record Login(String username, AccountKind kind, String displayName, String unitKey, String personName,
			List<String> roles, String whatFor) {
	}

	static final List<Login> LOGINS = List.of(
			new Login("demo", AccountKind.SYSTEM_ADMIN, "Quản trị Camunda", "doha", null,
					List.of(Roles.CAMUNDA_ADMIN), "Camunda administrator: Cockpit, Tasklist, Admin"),
			new Login("doha", AccountKind.SYSTEM_ADMIN, "Hoàng Văn Em", "doha", "Hoàng Văn Em",
					List.of(Roles.DOHA_ADMIN), "DoHA admin: accounts, units, calendar, transfers"),
			new Login("manager", AccountKind.SPECIALIST, "Vũ Thị Giang", "doha", "Vũ Thị Giang",
					List.of(Roles.MANAGER), "Manager: overdue work in Cockpit, province-wide"),
			new Login("clerk", AccountKind.SPECIALIST, "Trần Thị Bình", "education", "Trần Thị Bình",
					List.of(Roles.CLERK), "Focal-point clerk of Sở Giáo dục và Đào tạo (and its school)"),
			new Login("head", AccountKind.AGENCY, "Lê Văn Cường", "education", "Lê Văn Cường",
					List.of(Roles.HEAD), "Head of Sở Giáo dục và Đào tạo: signs approvals"),
			new Login("deputy", AccountKind.SPECIALIST, "Phạm Thị Dung", "education", "Phạm Thị Dung",
					List.of(Roles.DEPUTY), "Deputy authorised to sign the head's own record (DN Art. 7.1)"),
			new Login("clerk.yte", AccountKind.SPECIALIST, "Mai Thị Oanh", "health", "Mai Thị Oanh",
					List.of(Roles.CLERK), "Focal-point clerk of Sở Y tế"),
			new Login("head.yte", AccountKind.AGENCY, "Cao Văn Phúc", "health", "Cao Văn Phúc", List.of(Roles.HEAD),
					"Head of Sở Y tế"),
			new Login("clerk.huyen", AccountKind.SPECIALIST, "Phan Thị Uyên", "district", "Phan Thị Uyên",
					List.of(Roles.CLERK), "Clerk of the district, acting for its communes where the rule set says so"),
			new Login("head.huyen", AccountKind.AGENCY, "Lương Văn Tuấn", "district", "Lương Văn Tuấn",
					List.of(Roles.HEAD), "Head of the district"),
			new Login("033090000006", AccountKind.PERSONAL, "Đặng Văn Hùng", "education", "Đặng Văn Hùng",
					List.of(Roles.EMPLOYEE), "Employee (personal account = personal ID number), entering own CV"));

	private DemoLogins() {
	}

	static String banner() {
		StringBuilder text = new StringBuilder("\n=== Demo logins (password: ").append(DemoDataLoader.PASSWORD)
			.append(") — Tasklist/Cockpit/Admin: /camunda, API docs: /swagger-ui/index.html ===\n");
		for (Login login : LOGINS) {
			text.append(String.format("  %-14s %s%n", login.username(), login.whatFor()));
		}
		return text.toString();
	}

}

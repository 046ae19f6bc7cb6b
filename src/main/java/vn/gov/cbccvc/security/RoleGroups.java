package vn.gov.cbccvc.security;

import java.util.Map;

import org.camunda.bpm.engine.authorization.Groups;

/** Vietnamese names and Camunda group types of the role groups ({@link Roles}), as shown in Tasklist and Admin. */
public final class RoleGroups {

	private static final Map<String, String> NAMES = Map.of(
			Roles.EMPLOYEE, "Cán bộ, công chức, viên chức, người lao động",
			Roles.CLERK, "Công chức đầu mối",
			Roles.HEAD, "Người đứng đầu đơn vị",
			Roles.DEPUTY, "Cấp phó được ủy quyền",
			Roles.MANAGER, "Lãnh đạo theo dõi tiến độ",
			Roles.DOHA_ADMIN, "Sở Nội vụ - quản trị hệ thống",
			Roles.CAMUNDA_ADMIN, "Quản trị Camunda");

	private RoleGroups() {
	}

	public static String nameVi(String role) {
		return NAMES.getOrDefault(role, role);
	}

	/** Administrators' groups are SYSTEM groups; the others take part in the workflow. */
	public static String type(String role) {
		return Roles.DOHA_ADMIN.equals(role) || Roles.CAMUNDA_ADMIN.equals(role) ? Groups.GROUP_TYPE_SYSTEM
				: Groups.GROUP_TYPE_WORKFLOW;
	}

}

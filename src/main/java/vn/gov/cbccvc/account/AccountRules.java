package vn.gov.cbccvc.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;

/** Input rules for accounts and role grants, checked before anything is written. */
final class AccountRules {

	/** The personal ID number (CCCD): 12 digits, TT06 Art. 3.6. */
	static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");

	/** Other usernames start with a letter, so they never collide with a personal ID number. */
	static final Pattern OTHER_USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private AccountRules() {
	}

	static void checkNew(NewAccount spec) {
		List<FieldViolation> violations = new ArrayList<>();
		if (spec.kind() == null) {
			violations.add(new FieldViolation("kind", "required", "Chưa chọn loại tài khoản",
					"The account kind is required"));
		}
		else if (spec.kind() == AccountKind.PERSONAL) {
			checkPersonalIdNumber(spec.username(), violations);
			if (spec.personId() == null) {
				violations.add(new FieldViolation("personId", "required", "Tài khoản cá nhân phải gắn với một người",
						"A personal account belongs to a person"));
			}
			if (spec.unitId() == null) {
				violations.add(new FieldViolation("unitId", "required", "Chưa chọn đơn vị quản lý",
						"The managing unit is required"));
			}
		}
		else if (spec.username() == null || !OTHER_USERNAME.matcher(spec.username()).matches()) {
			violations.add(new FieldViolation("username", "username.format",
					"Tên đăng nhập gồm 3-64 ký tự a-z, 0-9, '.', '_', '-' và bắt đầu bằng chữ cái",
					"A username has 3-64 characters a-z, 0-9, '.', '_', '-' and starts with a letter"));
		}
		checkDisplayName(spec.displayName(), violations);
		checkEmail(spec.email(), violations);
		for (int i = 0; i < spec.roles().size(); i++) {
			checkGrant(spec.roles().get(i), "roles[" + i + "]", violations);
		}
		ValidationException.throwIfAny(violations);
	}

	static void checkPersonalIdNumber(String idNumber, List<FieldViolation> violations) {
		if (idNumber == null || !PERSONAL_ID.matcher(idNumber).matches()) {
			violations.add(new FieldViolation("personalIdNumber", "personal-id.format",
					"Số định danh cá nhân phải gồm đúng 12 chữ số (TT06 Điều 3.6)",
					"The personal ID number must be exactly 12 digits (TT06 Art. 3.6)"));
		}
	}

	static void checkDisplayName(String displayName, List<FieldViolation> violations) {
		if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
			violations.add(new FieldViolation("displayName", "display-name.required",
					"Họ và tên bắt buộc, tối đa 200 ký tự", "The display name is required, at most 200 characters"));
		}
	}

	private static void checkEmail(String email, List<FieldViolation> violations) {
		if (email != null && !email.isBlank() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			violations.add(new FieldViolation("email", "email.format", "Địa chỉ thư điện tử không hợp lệ",
					"The e-mail address is not valid"));
		}
	}

	static void checkGrant(RoleGrant grant, String field) {
		List<FieldViolation> violations = new ArrayList<>();
		checkGrant(grant, field, violations);
		ValidationException.throwIfAny(violations);
	}

	private static void checkGrant(RoleGrant grant, String field, List<FieldViolation> violations) {
		if (grant == null || !Roles.isRole(grant.role())) {
			violations.add(new FieldViolation(field + ".role", "role.unknown", "Vai trò không tồn tại: "
					+ (grant == null ? null : grant.role()), "Unknown role: " + (grant == null ? null : grant.role())));
			return;
		}
		if (grant.unitId() == null && Roles.UNIT_ONLY.contains(grant.role())) {
			violations.add(new FieldViolation(field + ".unitId", "role.unit-required",
					"Vai trò này gắn với một đơn vị: hãy chọn đơn vị", "This role is held in a unit: choose the unit"));
		}
		if (grant.unitId() != null && Roles.PROVINCE_ONLY.contains(grant.role())) {
			violations.add(new FieldViolation(field + ".unitId", "role.province-wide",
					"Vai trò này áp dụng toàn tỉnh, không gắn với đơn vị", "This role is province-wide, not per unit"));
		}
	}

	static String requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new ValidationException(List.of(new FieldViolation("reason", "reason.required",
					"Phải nêu lý do (tối đa 1000 ký tự)", "A reason is required (at most 1000 characters)")));
		}
		return reason.trim();
	}

	static String optionalReason(String reason) {
		return reason == null || reason.isBlank() ? null : requireReason(reason);
	}

	/** Personal ID numbers are personal data: logs show the last three digits only. */
	static String masked(String username) {
		return PERSONAL_ID.matcher(username).matches() ? "*********" + username.substring(9) : username;
	}

}

package vn.gov.cbccvc.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.ValidationException;

/**
 * The electronic identifier code of an agency (TT06 Art. 16.2; Decision 20/2020/QĐ-TTg amended by
 * 09/2025/QĐ-TTg): {@code FFF.FF.FF.Xnn}, read from the right. {@code Xnn} is level 1 (a letter and two digits:
 * G = ministries and central agencies, H = provinces, e.g. H19 Đồng Nai, H29 TP HCM), then two digits for level 2,
 * two for level 3 and three for level 4; a level that is absent is zeros ({@code 000.00.00.G09} = Ministry of Home
 * Affairs, {@code 000.00.18.G12} = a level-2 unit of G12).
 *
 * @param letter the level-1 letter
 * @param segments the numbers of levels 1 to 4 (index 0 = level 1)
 */
public record AgencyCode(char letter, int[] segments) {

	private static final Pattern SHAPE = Pattern.compile("(\\d{3})\\.(\\d{2})\\.(\\d{2})\\.([A-Z])(\\d{2})");

	/** Largest number of each level (1 to 4). */
	private static final int[] MAX = { 99, 99, 99, 999 };

	private static final String[] WIDTH = { "%02d", "%02d", "%02d", "%03d" };

	public AgencyCode {
		segments = segments.clone();
	}

	@Override
	public int[] segments() {
		return this.segments.clone();
	}

	/** Parses and checks a code, or throws a {@link ValidationException} saying which part is wrong. */
	public static AgencyCode parse(String text, String field) {
		List<FieldViolation> violations = problems(text, field);
		ValidationException.throwIfAny(violations);
		Matcher m = SHAPE.matcher(text.trim());
		m.matches();
		return new AgencyCode(m.group(4).charAt(0), new int[] { Integer.parseInt(m.group(5)),
				Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)) });
	}

	/** Every reason why {@code text} is not a valid code (empty when it is valid). */
	public static List<FieldViolation> problems(String text, String field) {
		List<FieldViolation> violations = new ArrayList<>();
		if (text == null || text.isBlank()) {
			violations.add(new FieldViolation(field, "agency-code.empty", "Mã định danh điện tử đang để trống",
					"The electronic identifier code is empty"));
			return violations;
		}
		String[] parts = text.trim().split("\\.", -1);
		if (parts.length != 4) {
			violations.add(new FieldViolation(field, "agency-code.format",
					"Mã định danh phải có dạng FFF.FF.FF.Xnn (4 phần ngăn bởi dấu chấm), ví dụ 000.00.00.H19; nhận được '"
							+ text + "'",
					"The code must look like FFF.FF.FF.Xnn (4 parts separated by dots), e.g. 000.00.00.H19; got '"
							+ text + "'"));
			return violations;
		}
		if (!parts[3].matches("[A-Z]\\d{2}")) {
			violations.add(new FieldViolation(field, "agency-code.level1",
					"Phần cấp 1 '" + parts[3] + "' (bên phải cùng) phải là một chữ cái in hoa và 2 chữ số, ví dụ H19, G09",
					"The level-1 part '" + parts[3] + "' (rightmost) must be one capital letter and 2 digits, e.g. H19, G09"));
		}
		else if (parts[3].endsWith("00")) {
			violations.add(new FieldViolation(field, "agency-code.level1",
					"Phần cấp 1 '" + parts[3] + "' không được là 00", "The level-1 part '" + parts[3] + "' cannot be 00"));
		}
		checkDigits(violations, field, parts[2], 2, 2);
		checkDigits(violations, field, parts[1], 3, 2);
		checkDigits(violations, field, parts[0], 4, 3);
		if (violations.isEmpty()) {
			// a level may only be filled when every level above it is (TT06 Art. 16.2)
			boolean level2Zero = parts[2].equals("00");
			boolean level3Zero = parts[1].equals("00");
			if (level2Zero && !level3Zero) {
				violations.add(gap(field, 3, parts[1], 2));
			}
			if ((level2Zero || level3Zero) && !parts[0].equals("000")) {
				violations.add(gap(field, 4, parts[0], level3Zero ? 3 : 2));
			}
		}
		return violations;
	}

	private static void checkDigits(List<FieldViolation> violations, String field, String part, int level,
			int digits) {
		if (!part.matches("\\d{" + digits + "}")) {
			violations.add(new FieldViolation(field, "agency-code.level" + level,
					"Phần cấp " + level + " '" + part + "' phải gồm đúng " + digits + " chữ số (00" + (digits == 3 ? "0" : "")
							+ " nếu không có cấp này)",
					"The level-" + level + " part '" + part + "' must be exactly " + digits + " digits (zeros if the level is absent)"));
		}
	}

	private static FieldViolation gap(String field, int level, String part, int emptyLevel) {
		return new FieldViolation(field, "agency-code.level" + level + ".without-level" + emptyLevel,
				"Phần cấp " + level + " '" + part + "' có giá trị trong khi cấp " + emptyLevel + " bằng 0",
				"The level-" + level + " part '" + part + "' is filled while level " + emptyLevel + " is zero");
	}

	/** The deepest level that is filled: 1 for {@code 000.00.00.H19}, 2 for {@code 000.00.18.G12} … */
	public int level() {
		for (int level = 4; level > 1; level--) {
			if (this.segments[level - 1] != 0) {
				return level;
			}
		}
		return 1;
	}

	/** The code one level up, or {@code null} for a level-1 code. */
	public AgencyCode parent() {
		int level = level();
		if (level == 1) {
			return null;
		}
		int[] up = segments();
		up[level - 1] = 0;
		return new AgencyCode(this.letter, up);
	}

	/** True when this code is {@code parent}'s code extended by exactly the next level. */
	public boolean isChildOf(AgencyCode parent) {
		return parent.equals(parent());
	}

	/** True when this code lies below {@code ancestor} (any number of levels down). */
	public boolean isBelow(AgencyCode ancestor) {
		for (AgencyCode up = parent(); up != null; up = up.parent()) {
			if (up.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Moves this code from under {@code oldAncestor} to under {@code newAncestor}, keeping the levels below the
	 * ancestor; {@code null} when they do not fit (deeper than level 4, or a number too wide for its new level).
	 */
	public AgencyCode rebase(AgencyCode oldAncestor, AgencyCode newAncestor) {
		int from = oldAncestor.level();
		int to = newAncestor.level();
		int depth = level();
		if (depth - from + to > 4) {
			return null;
		}
		int[] moved = newAncestor.segments();
		for (int level = from + 1; level <= depth; level++) {
			int value = this.segments[level - 1];
			int target = level - from + to;
			if (value > MAX[target - 1]) {
				return null;
			}
			moved[target - 1] = value;
		}
		return new AgencyCode(newAncestor.letter, moved);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AgencyCode code && code.letter == this.letter
				&& java.util.Arrays.equals(code.segments, this.segments);
	}

	@Override
	public int hashCode() {
		return 31 * this.letter + java.util.Arrays.hashCode(this.segments);
	}

	@Override
	public String toString() {
		return String.format(WIDTH[3], this.segments[3]) + "." + String.format(WIDTH[2], this.segments[2]) + "."
				+ String.format(WIDTH[1], this.segments[1]) + "." + this.letter + String.format(WIDTH[0], this.segments[0]);
	}

}

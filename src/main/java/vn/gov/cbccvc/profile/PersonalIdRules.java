package vn.gov.cbccvc.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.codelist.CodeLists;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.profile.cv.Sex;

/**
 * The 12-digit personal ID number {@code PPP G YY NNNNNN}: PPP the province of birth registration, G century and
 * sex (even male, odd female; 0/1 1900s, 2/3 2000s, 4/5 2100s …), YY the last two digits of the birth year,
 * NNNNNN random, no check digit. Each part that disagrees with the profile is reported with its reason.
 */
@Component
class PersonalIdRules {

	private final CodeLists codeLists;

	PersonalIdRules(CodeLists codeLists) {
		this.codeLists = codeLists;
	}

	/** Checks the number against the profile's sex and birth date (either may be null: that part is skipped). */
	List<FieldViolation> check(String field, String number, Sex sex, LocalDate birthDate) {
		List<FieldViolation> out = new ArrayList<>();
		if (number == null || !number.matches("\\d{12}")) {
			out.add(new FieldViolation(field, "personal-id.format",
					"Số định danh cá nhân phải gồm đúng 12 chữ số",
					"The personal ID number must be exactly 12 digits"));
			return out;
		}
		String province = number.substring(0, 3);
		int g = number.charAt(3) - '0';
		String yy = number.substring(4, 6);
		if (!this.codeLists.contains(CodeLists.BIRTH_PROVINCE, province)) {
			out.add(new FieldViolation(field, "personal-id.province-unknown",
					"3 chữ số đầu (" + province + ") không phải mã tỉnh nơi đăng ký khai sinh",
					"The first 3 digits (" + province + ") are not a known birth-registration province code"));
		}
		Sex encodedSex = g % 2 == 0 ? Sex.MALE : Sex.FEMALE;
		int centuryStart = 1900 + (g / 2) * 100;
		if (sex != null && sex != encodedSex) {
			out.add(new FieldViolation(field, "personal-id.sex-mismatch",
					"Chữ số thứ 4 (" + g + ") mã hóa giới tính " + vi(encodedSex) + " nhưng hồ sơ ghi giới tính "
							+ vi(sex),
					"The 4th digit (" + g + ") encodes sex " + en(encodedSex) + " but the profile says " + en(sex)));
		}
		if (birthDate != null) {
			int year = birthDate.getYear();
			int profileCenturyStart = Math.floorDiv(year, 100) * 100;
			if (profileCenturyStart != centuryStart) {
				out.add(new FieldViolation(field, "personal-id.century-mismatch",
						"Chữ số thứ 4 (" + g + ") mã hóa thế kỷ sinh " + centuryStart + "–" + (centuryStart + 99)
								+ " nhưng năm sinh trong hồ sơ là " + year,
						"The 4th digit (" + g + ") encodes a birth in " + centuryStart + "–" + (centuryStart + 99)
								+ " but the profile's birth year is " + year));
			}
			String expectedYy = String.format("%02d", Math.floorMod(year, 100));
			if (!expectedYy.equals(yy)) {
				out.add(new FieldViolation(field, "personal-id.birth-year-mismatch",
						"Chữ số thứ 5–6 (" + yy + ") phải là 2 số cuối của năm sinh " + year + " (" + expectedYy + ")",
						"Digits 5–6 (" + yy + ") must be the last two digits of the birth year " + year + " ("
								+ expectedYy + ")"));
			}
		}
		return out;
	}

	/** The number with the random part hidden, for logs (never log a personal ID number in full). */
	static String mask(String number) {
		if (number == null || number.length() < 6) {
			return "***";
		}
		return number.substring(0, 3) + "*******" + number.substring(number.length() - 2);
	}

	private static String vi(Sex sex) {
		return sex == Sex.MALE ? "nam" : "nữ";
	}

	private static String en(Sex sex) {
		return sex == Sex.MALE ? "male" : "female";
	}

}

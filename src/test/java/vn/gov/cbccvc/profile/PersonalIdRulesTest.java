package vn.gov.cbccvc.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.profile.cv.Sex;

class PersonalIdRulesTest {

	private final PersonalIdRules rules = new PersonalIdRules(new CsvCodeLists());

	private List<String> codes(String number, Sex sex, LocalDate birth) {
		return this.rules.check("id", number, sex, birth).stream().map(FieldViolation::code).toList();
	}

	@Test
	void maleBornIn1900s_withG0_isValid() {
		assertThat(codes("001085012345", Sex.MALE, LocalDate.of(1985, 3, 14))).isEmpty();
	}

	@Test
	void femaleBornIn1900s_withG1_isValid() {
		assertThat(codes("033190000001", Sex.FEMALE, LocalDate.of(1990, 1, 1))).isEmpty();
	}

	@Test
	void maleBornIn2000s_withG2_isValid() {
		assertThat(codes("079201000123", Sex.MALE, LocalDate.of(2001, 12, 31))).isEmpty();
	}

	@Test
	void femaleBornIn2000s_withG3_isValid() {
		assertThat(codes("075303999999", Sex.FEMALE, LocalDate.of(2003, 7, 7))).isEmpty();
	}

	@Test
	void bornIn2000_withYy00_isValid() {
		assertThat(codes("001200000001", Sex.MALE, LocalDate.of(2000, 1, 1))).isEmpty();
	}

	@Test
	void notTwelveDigits_isRejectedAsFormat() {
		assertThat(codes("00108501234", Sex.MALE, null)).containsExactly("personal-id.format");
		assertThat(codes("00108501234X", Sex.MALE, null)).containsExactly("personal-id.format");
		assertThat(codes(null, Sex.MALE, null)).containsExactly("personal-id.format");
	}

	@Test
	void unknownProvinceCode_isRejectedWithTheCode() {
		List<FieldViolation> v = this.rules.check("id", "003085012345", Sex.MALE, LocalDate.of(1985, 1, 1));
		assertThat(v).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("personal-id.province-unknown");
			assertThat(f.messageVi()).contains("003").contains("tỉnh");
			assertThat(f.messageEn()).contains("003");
		});
	}

	@Test
	void sexDigitDisagreesWithProfile_isRejectedWithReason() {
		List<FieldViolation> v = this.rules.check("id", "001185012345", Sex.MALE, LocalDate.of(1985, 1, 1));
		assertThat(v).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("personal-id.sex-mismatch");
			assertThat(f.messageVi()).contains("(1)").contains("nữ").contains("nam");
			assertThat(f.messageEn()).contains("female").contains("male");
		});
	}

	@Test
	void centuryDigitDisagreesWithBirthYear_isRejectedWithReason() {
		// G=2 (male, 2000s) but born 1985
		List<FieldViolation> v = this.rules.check("id", "001285012345", Sex.MALE, LocalDate.of(1985, 1, 1));
		assertThat(v).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("personal-id.century-mismatch");
			assertThat(f.messageVi()).contains("2000").contains("1985");
		});
	}

	@Test
	void bornIn2000sWithOldCenturyDigit_isRejected() {
		assertThat(codes("001003012345", Sex.MALE, LocalDate.of(2003, 5, 1))).containsExactly(
				"personal-id.century-mismatch");
	}

	@Test
	void birthYearDigitsDisagreeWithProfile_isRejectedWithReason() {
		List<FieldViolation> v = this.rules.check("id", "001086012345", Sex.MALE, LocalDate.of(1985, 1, 1));
		assertThat(v).singleElement().satisfies(f -> {
			assertThat(f.code()).isEqualTo("personal-id.birth-year-mismatch");
			assertThat(f.messageVi()).contains("86").contains("85");
			assertThat(f.messageEn()).contains("86").contains("1985");
		});
	}

	@Test
	void everyDisagreeingPart_isListed() {
		assertThat(codes("999399012345", Sex.MALE, LocalDate.of(1985, 1, 1))).containsExactlyInAnyOrder(
				"personal-id.province-unknown", "personal-id.sex-mismatch", "personal-id.century-mismatch",
				"personal-id.birth-year-mismatch");
	}

	@Test
	void mask_hidesTheRandomPart() {
		assertThat(PersonalIdRules.mask("001085012345")).isEqualTo("001*******45").doesNotContain("0123");
	}

}

package vn.gov.cbccvc.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.ValidationException;

class AgencyCodeTest {

	@ParameterizedTest
	@CsvSource({ "000.00.00.G09,1", "000.00.00.H19,1", "000.00.18.G12,2", "000.05.18.H29,3", "123.05.18.H29,4" })
	void wellFormedCodes_parseWithTheirLevel(String text, int level) {
		AgencyCode code = AgencyCode.parse(text, "agencyCode");
		assertThat(code.level()).isEqualTo(level);
		assertThat(code).hasToString(text);
	}

	@ParameterizedTest
	@CsvSource({ "'000.00.00.h19',agency-code.level1", "'000.00.00.119',agency-code.level1",
			"'000.00.00.H00',agency-code.level1", "'000.0A.00.H19',agency-code.level3", "'00.00.18.H19',agency-code.level4",
			"'000.00.1.H19',agency-code.level2", "'000.00.00',agency-code.format", "'H19',agency-code.format",
			"'  ',agency-code.empty", "'000.05.00.H19',agency-code.level3.without-level2",
			"'001.00.18.H19',agency-code.level4.without-level3" })
	void malformedCodes_nameTheWrongPartInBothLanguages(String text, String expectedCode) {
		List<FieldViolation> problems = AgencyCode.problems(text, "agencyCode");
		assertThat(problems).extracting(FieldViolation::code).containsExactly(expectedCode);
		assertThat(problems.get(0).messageVi()).isNotBlank().isNotEqualTo(problems.get(0).messageEn());
		assertThatThrownBy(() -> AgencyCode.parse(text, "agencyCode")).isInstanceOf(ValidationException.class);
	}

	@Test
	void levelFourWithoutLevelsTwoAndThree_isRejectedOnceNamingTheLevelRightAboveIt() {
		assertThat(AgencyCode.problems("001.00.00.H19", "c")).extracting(FieldViolation::code)
			.containsExactly("agency-code.level4.without-level3");
	}

	@Test
	void childCodeExtendsParentByExactlyTheNextLevel() {
		AgencyCode province = AgencyCode.parse("000.00.00.H19", "c");
		AgencyCode department = AgencyCode.parse("000.00.05.H19", "c");
		AgencyCode section = AgencyCode.parse("000.03.05.H19", "c");
		assertThat(department.isChildOf(province)).isTrue();
		assertThat(section.isChildOf(department)).isTrue();
		assertThat(section.isChildOf(province)).isFalse();
		assertThat(section.isBelow(province)).isTrue();
		assertThat(AgencyCode.parse("000.00.05.H29", "c").isChildOf(province)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "000.03.05.H19" })
	void rebase_movesTheLevelsBelowTheOldAncestorUnderTheNewOne(String text) {
		AgencyCode section = AgencyCode.parse(text, "c");
		AgencyCode moved = section.rebase(AgencyCode.parse("000.00.05.H19", "c"), AgencyCode.parse("000.00.07.H19", "c"));
		assertThat(moved).hasToString("000.03.07.H19");
		// a level-4 number of 3 digits does not fit into level 3
		AgencyCode deep = AgencyCode.parse("123.03.05.H19", "c");
		assertThat(deep.rebase(AgencyCode.parse("000.03.05.H19", "c"), AgencyCode.parse("000.00.07.H19", "c"))).isNull();
	}

}

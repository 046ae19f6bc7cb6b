package vn.gov.cbccvc.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.gov.cbccvc.profile.cv.Sex;

/** The roadmap of Labour Code 2019 Art. 169 and Decree 135/2020/NĐ-CP Art. 4, Appendix I, at its boundaries. */
class RetirementAgeTest {

	@ParameterizedTest(name = "{0} reaching it in {1}: {2} months")
	@CsvSource({ "MALE, 2020, 720", "MALE, 2021, 723", "MALE, 2022, 726", "MALE, 2027, 741", "MALE, 2028, 744",
			"MALE, 2040, 744", "FEMALE, 2020, 660", "FEMALE, 2021, 664", "FEMALE, 2022, 668", "FEMALE, 2034, 716",
			"FEMALE, 2035, 720", "FEMALE, 2050, 720" })
	void ageRisesByThreeMonthsForMenAndFourForWomenEachYearFrom2021UntilTheCap(Sex sex, int year, int months) {
		assertThat(RetirementAge.ageInMonths(sex, year)).isEqualTo(months);
	}

	@ParameterizedTest(name = "{0} born {1}: reaches {2} (age {3}y{4}m)")
	@CsvSource({
			// before the roadmap: 60 and 55
			"MALE, 1960-12-15, 2020-12-15, 60, 0", "FEMALE, 1965-12-15, 2020-12-15, 55, 0",
			// the first step of 2021
			"MALE, 1961-01-10, 2021-04-10, 60, 3", "MALE, 1961-09-30, 2021-12-30, 60, 3",
			// 60y3m would fall in 2022, where the age is already 60y6m
			"MALE, 1961-10-01, 2022-04-01, 60, 6", "MALE, 1962-03-31, 2022-09-30, 60, 6",
			"MALE, 1962-06-30, 2022-12-30, 60, 6", "MALE, 1962-07-01, 2023-04-01, 60, 9",
			// the last step before the cap, and the cap of 62 from 2028
			"MALE, 1966-01-05, 2027-10-05, 61, 9", "MALE, 1966-03-31, 2027-12-31, 61, 9",
			"MALE, 1966-04-01, 2028-04-01, 62, 0", "MALE, 1970-07-20, 2032-07-20, 62, 0",
			// women: 55y4m in 2021, 55y8m in 2022
			"FEMALE, 1966-01-10, 2021-05-10, 55, 4", "FEMALE, 1966-08-31, 2021-12-31, 55, 4",
			"FEMALE, 1966-09-01, 2022-05-01, 55, 8",
			// the last step before the cap, and the cap of 60 from 2035
			"FEMALE, 1975-01-15, 2034-09-15, 59, 8", "FEMALE, 1975-04-30, 2034-12-30, 59, 8",
			"FEMALE, 1975-05-01, 2035-05-01, 60, 0", "FEMALE, 1980-02-29, 2040-02-29, 60, 0" })
	void theAgeOfTheYearInWhichItIsReachedApplies(Sex sex, LocalDate birth, LocalDate reached, int years, int months) {
		assertThat(RetirementAge.reachedOn(sex, birth)).isEqualTo(reached);
		assertThat(RetirementAge.age(sex, birth)).isEqualTo(Period.of(years, months, 0));
	}

	@Test
	void retirementIsAtTheEndOfTheMonthTheAgeIsReached() {
		assertThat(RetirementAge.retirementDate(Sex.MALE, LocalDate.of(1961, 1, 10))).isEqualTo(LocalDate.of(2021, 4, 30));
		// a birthday on the 31st: the month of the age has no 31st, the end of that month counts
		assertThat(RetirementAge.retirementDate(Sex.FEMALE, LocalDate.of(1966, 1, 31))).isEqualTo(LocalDate.of(2021, 5, 31));
		assertThat(RetirementAge.retirementDate(Sex.MALE, LocalDate.of(1961, 11, 30))).isEqualTo(LocalDate.of(2022, 5, 31));
	}

	@Test
	void earliestBirthRetiringFrom_isTheExactBoundaryForEveryDayOfTheRoadmap() {
		for (Sex sex : Sex.values()) {
			for (LocalDate day = LocalDate.of(2019, 1, 1); day.isBefore(LocalDate.of(2037, 1, 1)); day = day.plusDays(13)) {
				LocalDate birth = RetirementAge.earliestBirthRetiringFrom(sex, day);
				assertThat(RetirementAge.retirementDate(sex, birth)).as("%s %s", sex, day).isAfterOrEqualTo(day);
				assertThat(RetirementAge.retirementDate(sex, birth.minusDays(1))).as("%s %s", sex, day).isBefore(day);
			}
		}
	}

	@Test
	void retirementDatesNeverGoBackwardsAsTheBirthDateAdvances() {
		for (Sex sex : Sex.values()) {
			LocalDate previous = LocalDate.MIN;
			for (LocalDate birth = LocalDate.of(1959, 1, 1); birth.isBefore(LocalDate.of(1977, 1, 1)); birth = birth.plusDays(1)) {
				LocalDate retirement = RetirementAge.retirementDate(sex, birth);
				assertThat(retirement).isAfterOrEqualTo(previous);
				previous = retirement;
			}
		}
	}

}

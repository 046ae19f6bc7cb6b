package vn.gov.cbccvc.status;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

import vn.gov.cbccvc.profile.cv.Sex;

/**
 * The statutory retirement age in normal working conditions (Labour Code 2019 Art. 169.2; Decree 135/2020/NĐ-CP
 * Art. 4 and its Appendix I): up to 2020 men 60, women 55; from 2021 men 60 years 3 months, rising by 3 months a
 * year to 62 in 2028; women 55 years 4 months, rising by 4 months a year to 60 in 2035. The age that applies is
 * the one of the year in which the person reaches it. The retirement moment is the end of the last day of that
 * month; the pension runs from the first day of the next month.
 */
public final class RetirementAge {

	private RetirementAge() {
	}

	/** The retirement age, in months, for a person of {@code sex} who reaches it in {@code year}. */
	public static int ageInMonths(Sex sex, int year) {
		int steps = Math.max(0, year - 2020);
		return switch (sex) {
			case MALE -> Math.min(60 * 12 + 3 * steps, 62 * 12);
			case FEMALE -> Math.min(55 * 12 + 4 * steps, 60 * 12);
		};
	}

	/** The day the person reaches the retirement age that applies to them. */
	public static LocalDate reachedOn(Sex sex, LocalDate birthDate) {
		// the age rises with the year, slower than the years pass: the first year whose age is reached in it
		for (int year = birthDate.getYear() + 55;; year++) {
			LocalDate reached = birthDate.plusMonths(ageInMonths(sex, year));
			if (reached.getYear() <= year) {
				return reached;
			}
		}
	}

	/** The last day of the month in which the age is reached: the retirement moment. */
	public static LocalDate retirementDate(Sex sex, LocalDate birthDate) {
		return YearMonth.from(reachedOn(sex, birthDate)).atEndOfMonth();
	}

	/** The retirement age that applies to this person, as years and months. */
	public static Period age(Sex sex, LocalDate birthDate) {
		int months = ageInMonths(sex, reachedOn(sex, birthDate).getYear());
		return Period.of(months / 12, months % 12, 0);
	}

	/**
	 * The earliest birth date whose retirement date is on or after {@code day}. Retirement dates grow with the birth
	 * date, so the people retiring between two days were born between two dates: an index range, not a table scan.
	 */
	public static LocalDate earliestBirthRetiringFrom(Sex sex, LocalDate day) {
		LocalDate low = day.minusYears(63);
		LocalDate high = day.minusYears(54);
		while (low.isBefore(high)) {
			LocalDate mid = low.plusDays((high.toEpochDay() - low.toEpochDay()) / 2);
			if (retirementDate(sex, mid).isBefore(day)) {
				low = mid.plusDays(1);
			}
			else {
				high = mid;
			}
		}
		return low;
	}

}

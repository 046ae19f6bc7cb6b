package vn.gov.cbccvc.status;

import java.time.LocalDate;

import vn.gov.cbccvc.profile.cv.Sex;

/**
 * A person reaching the statutory retirement age (Labour Code 2019 Art. 169; Decree 135/2020/NĐ-CP Art. 4):
 * the age that applies, the day it is reached, the retirement date (end of that month) and the first pension day.
 */
public record RetirementForecastRow(long personId, String fullName, Sex sex, LocalDate birthDate, long unitId,
		int ageYears, int ageMonths, LocalDate reachesAgeOn, LocalDate retirementDate, LocalDate pensionFrom,
		boolean statusChangeOpen) {
}

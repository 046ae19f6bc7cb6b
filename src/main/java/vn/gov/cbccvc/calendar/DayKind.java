package vn.gov.cbccvc.calendar;

/** What a listed day of a calendar year is; days not listed follow the week (Monday–Friday work). */
public enum DayKind {

	/** A public holiday (Labour Code 2019 Art. 112); off even if listed on a weekday. */
	HOLIDAY(false),

	/** A weekday off because a holiday fell on a weekly rest day (Labour Code 2019 Art. 112.3). */
	HOLIDAY_MAKE_UP(false),

	/** A weekday given off in a government day swap. */
	SWAPPED_DAY_OFF(false),

	/** A Saturday or Sunday worked in exchange for a swapped day off. */
	SWAPPED_WORKING_DAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean isWorking() {
		return this.working;
	}

}

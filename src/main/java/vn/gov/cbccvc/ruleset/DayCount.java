package vn.gov.cbccvc.ruleset;

/** Whether a number of days counts working days (the default) or calendar days. */
public enum DayCount {

	WORKING_DAYS, CALENDAR_DAYS

}

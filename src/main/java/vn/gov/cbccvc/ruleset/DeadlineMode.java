package vn.gov.cbccvc.ruleset;

/** A fixed number of days from an event, or the end of the next monthly approval window. */
public enum DeadlineMode {

	DEADLINE, MONTHLY_WINDOW

}

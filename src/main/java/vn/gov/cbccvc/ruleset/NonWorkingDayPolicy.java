package vn.gov.cbccvc.ruleset;

/** What a fixed window day that is not a working day becomes. */
public enum NonWorkingDayPolicy {

	SHIFT_TO_NEXT_WORKING_DAY, KEEP

}

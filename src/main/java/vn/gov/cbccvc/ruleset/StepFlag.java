package vn.gov.cbccvc.ruleset;

/** Optional steps a rule set switches on. */
public enum StepFlag {

	EMPLOYEE_SIGNS_COMPLETION,
	REVIEWER_SIGNS_VERIFICATION,
	LOCK_AFTER_REVIEW,
	DEPUTY_SIGNS_HEADS_OWN_RECORD,
	HEAD_MAY_RETURN_INCOMPLETE,
	DIRECTOR_SIGNS_SYNC

}

package vn.gov.cbccvc.ruleset;

/** Stable keys of the deadlines, used by the BPMN processes ({@code ${deadlines.dueDateTime('REVIEW', entrySubmittedAt)}}). */
public enum DeadlineKey {

	ACCOUNT_CREATION,
	SELF_ENTRY,
	REVIEW,
	HEAD_APPROVAL,
	CHANGE_DECLARATION,
	CHANGE_APPROVAL,
	STATUS_CHANGE,
	TRANSFER_IN_PULL,
	TRANSFER_IN_EMPLOYEE_CHECK,
	MOVE_WITHIN_AUTHORITY,
	MOVE_WITHIN_UNIT,
	MOVE_BETWEEN_UNITS

}

package vn.gov.cbccvc.approval;

/** Where a monthly batch stands. */
public enum BatchStatus {

	/** The window is open and the approver's task waits. */
	OPEN,
	/** The approver decided (some or all records); undecided records wait for the next window. */
	DECIDED,
	/** The window closed before the approver decided; the records were escalated and carried over. */
	CLOSED_UNSIGNED

}

package vn.gov.cbccvc.change;

/** Where a change-of-data request stands. */
public enum DataChangeStatus {

	/** Being proposed, reviewed or approved. */
	IN_PROGRESS,
	/** Signed as a new version and queued for the national sync. */
	COMPLETED,
	/** Stopped before the signature; the draft is back to the approved content. */
	WITHDRAWN;

	boolean open() {
		return this == IN_PROGRESS;
	}

}

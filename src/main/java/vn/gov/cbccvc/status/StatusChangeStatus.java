package vn.gov.cbccvc.status;

/** Where a status-change request stands. */
public enum StatusChangeStatus {

	/** Being prepared, signed, or waiting for the effective date. */
	IN_PROGRESS,
	/** The record is archived and the account revoked; the hand-off to the national sync follows. */
	ARCHIVED,
	/** Archived and queued for the national sync. */
	COMPLETED,
	/** Stopped before the record was archived (document revoked or entered by mistake). */
	WITHDRAWN;

	boolean open() {
		return this == IN_PROGRESS;
	}

}

package vn.gov.cbccvc.transferin;

/** Where a transfer in stands. */
public enum TransferInStatus {

	/** Recorded, waiting for DoHA's pull. */
	IN_PROGRESS,
	/** Pulled from the national database; the employee's check, review and approval run. */
	PULLED,
	/** The signed version is queued for the national sync. */
	APPROVED,
	/** DoHA cancelled it (no usable national record). */
	CANCELLED,
	/** The receiving unit withdrew it (decision revoked, recorded by mistake). */
	WITHDRAWN;

	boolean open() {
		return this == IN_PROGRESS || this == PULLED;
	}

}

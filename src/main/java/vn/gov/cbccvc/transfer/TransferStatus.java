package vn.gov.cbccvc.transfer;

/** Where a move stands. Only {@link #IN_PROGRESS} may be withdrawn: after the hand-over it is refused (409). */
public enum TransferStatus {

	/** Decision recorded, waiting for its effective date or for the sending clerk's hand-over (or the release). */
	IN_PROGRESS,
	/** The sending clerk handed the record over; the receiving unit accepts and signs. */
	HANDED_OVER,
	/** The record moved to the new unit (or was released and archived); waiting for the sync queue. */
	APPLIED,
	COMPLETED,
	WITHDRAWN;

	public boolean open() {
		return this == IN_PROGRESS || this == HANDED_OVER || this == APPLIED;
	}

}

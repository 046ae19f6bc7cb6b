package vn.gov.cbccvc.profile;

/**
 * Where a person's record stands. Every status but {@link #ACTIVE} means the person left the unit's active
 * list: the record moves to the archive and is kept for good (TT06 Art. 11.2, HY Art. 11.3 and 12.1, DN Art. 8.5).
 */
public enum RecordStatus {

	ACTIVE, TRANSFERRED_OUT, RETIRED, RESIGNED, DISMISSED, DECEASED,
	/** The recruitment decision was revoked or the person never took up the post: archived, never deleted. */
	CANCELLED;

	public boolean leaves() {
		return this != ACTIVE;
	}

}

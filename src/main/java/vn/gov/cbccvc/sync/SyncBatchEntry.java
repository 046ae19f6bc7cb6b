package vn.gov.cbccvc.sync;

/**
 * One version of a sync batch's manifest and the director's decision on it.
 *
 * @param decision PENDING, SIGNED, RETURNED (with {@code reason}) or CARRIED_OVER (window missed)
 */
public record SyncBatchEntry(long versionId, long personId, String sha256, String decision, String reason,
		boolean released) {

	static final String PENDING = "PENDING";

	static final String SIGNED = "SIGNED";

	static final String RETURNED = "RETURNED";

	static final String CARRIED_OVER = "CARRIED_OVER";

}

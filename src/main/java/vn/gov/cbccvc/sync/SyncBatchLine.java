package vn.gov.cbccvc.sync;

/**
 * One line of a sync batch as the director reads it: the version and whose record it is (joined in the one query
 * of the page, no lookup per line), with the decision taken on it.
 *
 * @param decision PENDING, SIGNED, RETURNED (with {@code reason}) or CARRIED_OVER (window missed)
 */
public record SyncBatchLine(long versionId, int versionNo, String kind, long personId, String fullName,
		String fileNumber, String unitName, String sha256, String decision, String reason, boolean released) {
}

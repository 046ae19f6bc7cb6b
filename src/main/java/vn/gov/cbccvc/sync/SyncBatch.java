package vn.gov.cbccvc.sync;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One month's sync batch of the DoHA director (HY Art. 8.4; HCM Art. 7.3, 11.7).
 *
 * @param status OPEN (waiting for the director), SIGNED, or CLOSED_UNSIGNED (window missed, versions carried over)
 * @param signatureId the one CAdES signature over the manifest, once signed
 */
public record SyncBatch(long id, String windowKey, LocalDate windowFirstDay, LocalDate windowLastDay,
		OffsetDateTime closesAt, String article, String approverGroup, String status, String processInstanceId,
		OffsetDateTime cutAt, int entryCount, Long signatureId, String signedBy, OffsetDateTime signedAt,
		int signedCount, int returnedCount, OffsetDateTime closedAt) {

	static final String OPEN = "OPEN";

	static final String SIGNED = "SIGNED";

	static final String CLOSED_UNSIGNED = "CLOSED_UNSIGNED";

	/** The name the batch signature's manifest carries (its batchId) and the sent versions with it. */
	String manifestName() {
		return "sync-batch-" + this.id;
	}

}

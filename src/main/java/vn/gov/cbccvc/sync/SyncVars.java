package vn.gov.cbccvc.sync;

/** Variables and names of Process_NationalSync. */
final class SyncVars {

	static final String VERSION_ID = "versionId";

	static final String PERSON_ID = "personId";

	static final String REJECTION_REASON = "rejectionReason";

	static final String RECEIPT_ID = "receiptId";

	static final String TOPIC = "national-sync";

	/** True when the rule set's step DIRECTOR_SIGNS_SYNC held at hand-over (HY Art. 8.4; HCM Art. 7.3, 11.7). */
	static final String DIRECTOR_SIGNS = "directorSignsSync";

	/** SIGNED or RETURNED: what the DoHA director decided for the version in the month's sync batch. */
	static final String DIRECTOR_DECISION = "directorDecision";

	static final String DIRECTOR_REASON = "directorReason";

	static final String SYNC_BATCH_ID = "syncBatchId";

	/** The message that releases a version waiting for the director's batch signature (by business key). */
	static final String BATCH_DECIDED_MESSAGE = "sync-batch-decided";

	/** errorCode of the BPMN error {@code Error_NationalRejected}. */
	static final String REJECTED_ERROR_CODE = "NATIONAL_REJECTED";

	private SyncVars() {
	}

}

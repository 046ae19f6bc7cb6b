package vn.gov.cbccvc.sync;

/** Variables and names of Process_NationalSync. */
final class SyncVars {

	static final String VERSION_ID = "versionId";

	static final String PERSON_ID = "personId";

	static final String REJECTION_REASON = "rejectionReason";

	static final String RECEIPT_ID = "receiptId";

	static final String TOPIC = "national-sync";

	/** errorCode of the BPMN error {@code Error_NationalRejected}. */
	static final String REJECTED_ERROR_CODE = "NATIONAL_REJECTED";

	private SyncVars() {
	}

}

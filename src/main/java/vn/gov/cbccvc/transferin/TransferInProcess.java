package vn.gov.cbccvc.transferin;

/**
 * Names shared by processes/transfer-in.bpmn and the code around it. Variables hold ids and decisions; the
 * personal ID number and the pulled content live in the domain database only.
 */
public final class TransferInProcess {

	public static final String KEY = "Process_TransferIn";

	public static final String MESSAGE_WITHDRAWN = "transfer-in-withdrawn";

	public static final String ERROR_NOT_FOUND = "NATIONAL_RECORD_NOT_FOUND";

	public static final String TRANSFER_IN_ID = "transferInId";

	public static final String UNIT_ID = "unitId";

	public static final String PERSON_ID = "personId";

	public static final String DOSSIER_HANDED_OVER_DATE = "dossierHandedOverDate";

	public static final String DOHA_GROUP = "dohaGroup";

	public static final String PULLED_BY = "pulledBy";

	public static final String PULLED_AT = "pulledAt";

	public static final String PULL_PROBLEM = "pullProblem";

	public static final String RETRY_PULL = "retryPull";

	public static final String CANCELLATION_REASON = "cancellationReason";

	public static final String WITHDRAWAL_REASON = "withdrawalReason";

	public static final String VERSION_ID = "versionId";

	public static final String TASK_PULL = "Task_PullFromNational";

	public static final String TASK_RESOLVE_NOT_FOUND = "Task_ResolveNotFound";

	public static final String TASK_FOLLOW_UP = "Task_FollowUpPull";

	private TransferInProcess() {
	}

	public static String businessKey(long transferInId) {
		return "TRI-" + transferInId;
	}

}

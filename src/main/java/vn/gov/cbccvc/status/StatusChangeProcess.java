package vn.gov.cbccvc.status;

/**
 * Names shared by processes/status-change.bpmn and the code around it. Variables hold ids, dates and decisions,
 * never the record itself.
 */
public final class StatusChangeProcess {

	public static final String KEY = "Process_StatusChange";

	public static final String MESSAGE_WITHDRAWN = "status-change-withdrawn";

	// ids and dates fixed at the start
	public static final String PERSON_ID = "personId";

	public static final String UNIT_ID = "unitId";

	public static final String STATUS_CHANGE_ID = "statusChangeId";

	public static final String KIND = "kind";

	/** ISO date the deadline STATUS_CHANGE counts from (HY Art. 11.3, HCM Art. 8.4). */
	public static final String EFFECTIVE_DATE = "effectiveDate";

	/** The start of the effective day in Vietnam: the record is archived no earlier. */
	public static final String EFFECTIVE_AT = "effectiveAt";

	public static final String CLERK_GROUP = "clerkGroup";

	public static final String HEAD_GROUP = "headGroup";

	// decisions and actors
	public static final String HEAD_SIGNED = "headSigned";

	public static final String HEAD_REASONS = "headReasons";

	public static final String PREPARED_BY = "preparedBy";

	public static final String SIGNED_BY = "signedBy";

	public static final String VERSION_ID = "versionId";

	public static final String WITHDRAWAL_REASON = "withdrawalReason";

	// user tasks
	public static final String TASK_PREPARE = "Task_PrepareStatusChange";

	public static final String TASK_SIGN = "Task_SignStatusChange";

	public static final String TASK_FOLLOW_UP = "Task_FollowUpStatusChange";

	private StatusChangeProcess() {
	}

	public static String businessKey(long statusChangeId) {
		return "STS-" + statusChangeId;
	}

}

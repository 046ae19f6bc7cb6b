package vn.gov.cbccvc.transfer;

/**
 * Names shared by processes/transfer.bpmn, processes/transfer-out.bpmn and the code around them. Variables hold
 * ids, dates and decisions, never the record itself.
 */
public final class TransferProcess {

	public static final String KEY = "Process_Transfer";

	public static final String KEY_OUT = "Process_TransferOut";

	public static final String MESSAGE_WITHDRAWN = "transfer-withdrawn";

	// fixed at the start
	public static final String PERSON_ID = "personId";

	/** The sending unit (the releasing unit of a transfer out): overdue items and escalations of its steps. */
	public static final String UNIT_ID = "unitId";

	public static final String RECEIVING_UNIT_ID = "receivingUnitId";

	public static final String TRANSFER_ID = "transferId";

	public static final String KIND = "kind";

	/** The rule set's deadline key of this kind of move (MOVE_WITHIN_UNIT, …, STATUS_CHANGE for a transfer out). */
	public static final String DEADLINE_KEY = "moveDeadlineKey";

	/** ISO date of the decision's effective day: every step's deadline counts from it. */
	public static final String EFFECTIVE_DATE = "effectiveDate";

	/** The start of the effective day in Vietnam: the record moves no earlier. */
	public static final String EFFECTIVE_AT = "effectiveAt";

	public static final String SENDING_CLERK_GROUP = "sendingClerkGroup";

	public static final String RECEIVING_CLERK_GROUP = "receivingClerkGroup";

	/** The receiving head, or the authorised deputy for the head's own record (RecordApprovers). */
	public static final String HEAD_GROUP = "headGroup";

	// decisions and actors
	public static final String ACCEPTED = "accepted";

	public static final String REFUSAL_REASONS = "refusalReasons";

	public static final String HEAD_SIGNED = "headSigned";

	public static final String HEAD_REASONS = "headReasons";

	public static final String HANDED_OVER_BY = "handedOverBy";

	public static final String ACCEPTED_BY = "acceptedBy";

	public static final String PREPARED_BY = "preparedBy";

	public static final String SIGNED_BY = "signedBy";

	public static final String VERSION_ID = "versionId";

	public static final String WITHDRAWAL_REASON = "withdrawalReason";

	// user tasks of Process_Transfer
	public static final String TASK_HAND_OVER = "Task_HandOverRecord";

	public static final String TASK_ACCEPT = "Task_AcceptRecord";

	public static final String TASK_SIGN = "Task_SignTransfer";

	public static final String TASK_FOLLOW_UP_HAND_OVER = "Task_FollowUpHandOverRecord";

	public static final String TASK_FOLLOW_UP_ACCEPT = "Task_FollowUpAcceptRecord";

	public static final String TASK_FOLLOW_UP_SIGN = "Task_FollowUpSignTransfer";

	// user tasks of Process_TransferOut
	public static final String TASK_PREPARE_OUT = "Task_PrepareTransferOut";

	public static final String TASK_SIGN_OUT = "Task_SignTransferOut";

	public static final String TASK_FOLLOW_UP_PREPARE_OUT = "Task_FollowUpPrepareTransferOut";

	public static final String TASK_FOLLOW_UP_SIGN_OUT = "Task_FollowUpSignTransferOut";

	private TransferProcess() {
	}

	public static String businessKey(long transferId) {
		return "TRF-" + transferId;
	}

}

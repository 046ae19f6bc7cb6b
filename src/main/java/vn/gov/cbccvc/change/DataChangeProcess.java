package vn.gov.cbccvc.change;

/**
 * Names shared by processes/data-change.bpmn and the code around it. Variables hold ids, dates and decisions,
 * never the record itself (the proposal is the person's draft).
 */
public final class DataChangeProcess {

	public static final String KEY = "Process_DataChange";

	public static final String MESSAGE_WITHDRAWN = "data-change-withdrawn";

	// fixed at the start
	public static final String PERSON_ID = "personId";

	public static final String UNIT_ID = "unitId";

	public static final String DATA_CHANGE_ID = "dataChangeId";

	/** ISO date the data changed: CHANGE_DECLARATION counts from it (HY Art. 10.5, HCM Art. 7.2c). */
	public static final String EVENT_DATE = "eventDate";

	public static final String EMPLOYEE_USERNAME = "employeeUsername";

	public static final String CLERK_GROUP = "clerkGroup";

	public static final String HEAD_GROUP = "headGroup";

	/** The rule set makes the employee sign the completed declaration (HCM Art. 7.2c). */
	public static final String EMPLOYEE_SIGNS = "employeeSigns";

	// set on the way
	/** ISO date the proposal was submitted: CHANGE_APPROVAL counts from it (HY Art. 10.5: 10 wd). */
	public static final String SUBMITTED_DATE = "submittedDate";

	public static final String REVIEW_PASSED = "reviewPassed";

	public static final String HEAD_APPROVED = "headApproved";

	/** Why the reviewer or the head sent the proposal back. */
	public static final String RETURN_REASONS = "returnReasons";

	public static final String PROPOSED_BY = "proposedBy";

	public static final String REVIEWED_BY = "reviewedBy";

	public static final String APPROVED_BY = "approvedBy";

	public static final String VERSION_ID = "versionId";

	public static final String WITHDRAWAL_REASON = "withdrawalReason";

	// user tasks
	public static final String TASK_PROPOSE = "Task_CompleteProposal";

	public static final String TASK_REVIEW = "Task_ReviewChange";

	public static final String TASK_APPROVE = "Task_ApproveChange";

	public static final String TASK_FOLLOW_UP_PROPOSAL = "Task_FollowUpProposal";

	public static final String TASK_FOLLOW_UP_APPROVAL = "Task_FollowUpApproval";

	private DataChangeProcess() {
	}

	public static String businessKey(long dataChangeId) {
		return "CHG-" + dataChangeId;
	}

}

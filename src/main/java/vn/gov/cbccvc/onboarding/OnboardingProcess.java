package vn.gov.cbccvc.onboarding;

import vn.gov.cbccvc.approval.ApprovalWaitingList;

/**
 * Names shared by processes/onboarding.bpmn and the code around it: the process key, messages and the process
 * variables. Variables hold ids and decisions, never the profile (which lives in the domain database).
 */
public final class OnboardingProcess {

	public static final String KEY = "Process_Onboarding";

	public static final String MESSAGE_CANCEL = "onboarding-cancelled";

	public static final String MESSAGE_WINDOW_DECISION = "monthly-window-decision";

	// ids
	public static final String PERSON_ID = "personId";

	public static final String UNIT_ID = "unitId";

	public static final String ONBOARDING_ID = "onboardingId";

	public static final String DECISION_DATE = "decisionDate";

	public static final String EMPLOYEE_USERNAME = "employeeUsername";

	public static final String VERSION_ID = "versionId";

	// entry from another process (Process_TransferIn's call activity, TT06 Art. 11.1b-c, DN Art. 8.3)
	/** {@link #ENTRY_TRANSFER_IN} skips the account step: the caller registered the person and issued the account. */
	public static final String ENTRY_PATH = "entryPath";

	public static final String ENTRY_TRANSFER_IN = "TRANSFER_IN";

	/** The deadline key of the first self-entry round (default SELF_ENTRY), e.g. TRANSFER_IN_EMPLOYEE_CHECK. */
	public static final String SELF_ENTRY_DEADLINE_KEY = "selfEntryDeadlineKey";

	/** The base date of the first self-entry round's deadline (default: when the round starts). */
	public static final String SELF_ENTRY_FROM = "selfEntryFrom";

	/** The kind of the approved version (a {@code VersionKind} name; default ONBOARDING). */
	public static final String VERSION_KIND = ApprovalWaitingList.VERSION_KIND;

	// rules fixed for the instance when it starts
	public static final String ACCOUNT_GROUP = "accountGroup";

	public static final String REVIEW_GROUP = "reviewGroup";

	public static final String APPROVER_GROUP = "approverGroup";

	public static final String APPROVAL_MODE = "approvalMode";

	public static final String EMPLOYEE_SIGNS = "employeeSigns";

	public static final String REVIEWER_SIGNS = "reviewerSigns";

	public static final String HEADS_OWN_RECORD = "headsOwnRecord";

	// decisions
	public static final String ACCOUNT_CONFIRMED = "accountConfirmed";

	public static final String REVIEW_PASSED = "reviewPassed";

	public static final String REVIEW_REASONS = "reviewReasons";

	public static final String HEAD_APPROVED = "headApproved";

	public static final String APPROVAL_REASONS = "approvalReasons";

	public static final String WINDOW_APPROVED = "windowApproved";

	public static final String WINDOW_REASONS = "windowReasons";

	public static final String CANCELLATION_REASON = "cancellationReason";

	public static final String REVIEWED_SHA256 = "reviewedSha256";

	// who completed a step (the signer of what follows)
	public static final String ENTERED_BY = "enteredBy";

	public static final String REVIEWED_BY = "reviewedBy";

	public static final String APPROVED_BY = "approvedBy";

	// user tasks
	public static final String TASK_CONFIRM_ACCOUNT = "Task_ConfirmAccountCreation";

	public static final String TASK_ENTER_PROFILE = "Task_EnterProfile";

	public static final String TASK_REVIEW = "Task_ReviewProfile";

	public static final String TASK_APPROVE = "Task_ApproveProfile";

	private OnboardingProcess() {
	}

	public static String businessKey(long personId) {
		return "ONB-" + personId;
	}

}

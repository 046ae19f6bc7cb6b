package vn.gov.cbccvc.onboarding;

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

package vn.gov.cbccvc.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the onboarding process with the services replaced: happy paths per rule-set flavour, rejection
 * loops at review and at approval, each missed deadline with its escalation, the monthly window, cancellation.
 * The deadlines themselves (working days, holidays) are proven with the real calendar in
 * {@code OnboardingDeadlinesIT}.
 */
@Deployment(resources = "processes/onboarding.bpmn")
class OnboardingProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
		.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final String KEY = "Process_Onboarding";

	final List<String> calls = new ArrayList<>();

	final Map<String, Date> dueDates = new HashMap<>();

	@BeforeEach
	void registerServices() {
		// several engines live in this JVM (the Spring tests' too): assert against this one
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		for (String delegate : List.of("registerNewcomerDelegate", "lockProfileDelegate", "signCompletionDelegate",
				"signVerificationDelegate", "signApprovalDelegate", "handOverForSyncDelegate",
				"returnToEmployeeDelegate", "recordCancellationDelegate", "reportOverdueDelegate")) {
			Mocks.register(delegate, (JavaDelegate) execution -> this.calls.add(delegate + ":"
					+ execution.getCurrentActivityId() + ":" + execution.getVariableLocal("deadlineKey")));
		}
		Mocks.register("issuePersonalAccountDelegate",
				(JavaDelegate) execution -> execution.setVariable("employeeUsername", "079190000001"));
		Mocks.register("deadlines", new FakeDeadlines(this.dueDates));
		Mocks.register("registerRecruitmentListener", (org.camunda.bpm.engine.delegate.ExecutionListener) e -> {
		});
		Mocks.register("resolveOverdueListener", (org.camunda.bpm.engine.delegate.ExecutionListener) e -> {
		});
		Mocks.register("recordCompletingUser", (org.camunda.bpm.engine.delegate.TaskListener) t -> {
		});
		Mocks.register("escalations", new FakeEscalations());
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset();
	}

	@Test
	void hungYenHappyPath_accountEntryReviewLockApprovalWithinDeadlines_handsOverForSync() {
		ProcessInstance pi = start(rules("DEADLINE", false, false));

		accountIssued(pi);
		submitEntry(pi);
		review(pi, true);
		execute(jobFor("Task_LockProfile"));
		assertThat(pi).isWaitingAt("Task_ApproveProfile");
		assertThat(task()).hasCandidateGroup("unit-7-head").hasDueDate(this.dueDates.get("HEAD_APPROVAL"));
		complete(task(), withVariables("headApproved", true));
		execute(jobFor("Task_SignApproval"));
		execute(jobFor("Task_HandOverForSync"));

		assertThat(pi).isEnded()
			.hasPassedInOrder("Task_RegisterNewcomer", "Task_ConfirmAccountCreation", "Task_IssuePersonalAccount",
					"Task_EnterProfile", "Task_ReviewProfile", "Task_LockProfile", "Task_ApproveProfile",
					"Task_SignApproval", "Task_HandOverForSync", "EndEvent_ProfileApproved")
			.hasNotPassed("Task_SignCompletion", "Task_SignVerification", "Task_AwaitMonthlyWindow");
	}

	@Test
	void hoChiMinhCity_employeeSignsCompletionAndReviewerSignsVerification() {
		ProcessInstance pi = start(rules("DEADLINE", true, true));

		accountIssued(pi);
		complete(task());
		execute(jobFor("Task_SignCompletion"));
		review(pi, true);
		execute(jobFor("Task_LockProfile"));
		execute(jobFor("Task_SignVerification"));
		complete(task(), withVariables("headApproved", true));
		execute(jobFor("Task_SignApproval"));
		execute(jobFor("Task_HandOverForSync"));

		assertThat(pi).isEnded().hasPassed("Task_SignCompletion", "Task_SignVerification", "EndEvent_ProfileApproved");
	}

	@Test
	void reviewerRejects_recordGoesBackToEmployeeWithFreshDeadline_asManyTimesAsNeeded() {
		ProcessInstance pi = start(rules("DEADLINE", false, false));
		accountIssued(pi);

		for (int round = 0; round < 2; round++) {
			submitEntry(pi);
			review(pi, false);
			execute(jobFor("Task_ReturnToEmployee"));
			assertThat(pi).isWaitingAt("Task_EnterProfile");
		}
		submitEntry(pi);
		review(pi, true);

		assertThat(pi).isWaitingAt("Task_LockProfile");
		assertThat(this.calls).filteredOn(c -> c.startsWith("returnToEmployeeDelegate")).hasSize(2);
	}

	@Test
	void headReturnsIncompleteRecord_backToEmployee() {
		ProcessInstance pi = start(rules("DEADLINE", false, false));
		accountIssued(pi);
		submitEntry(pi);
		review(pi, true);
		execute(jobFor("Task_LockProfile"));

		complete(task(), withVariables("headApproved", false, "approvalReasons", "Thiếu bằng tốt nghiệp"));
		execute(jobFor("Task_ReturnToEmployee"));

		assertThat(pi).isWaitingAt("Task_EnterProfile").hasNotPassed("Task_SignApproval");
	}

	@Test
	void monthlyWindowRuleSet_recordWaitsForWindowAndIsApprovedByBatchSignature() {
		ProcessInstance pi = start(rules("MONTHLY_WINDOW", false, false));
		accountIssued(pi);
		submitEntry(pi);
		review(pi, true);
		execute(jobFor("Task_LockProfile"));

		assertThat(pi).isWaitingAt("Task_AwaitMonthlyWindow");
		runtimeService().createMessageCorrelation("monthly-window-decision")
			.processInstanceId(pi.getId())
			.setVariable("windowApproved", true)
			.correlate();
		execute(jobFor("Task_HandOverForSync"));

		assertThat(pi).isEnded().hasPassed("Task_AwaitMonthlyWindow").hasNotPassed("Task_ApproveProfile");
	}

	@Test
	void monthlyWindowReturn_backToEmployee() {
		ProcessInstance pi = start(rules("MONTHLY_WINDOW", false, false));
		accountIssued(pi);
		submitEntry(pi);
		review(pi, true);
		execute(jobFor("Task_LockProfile"));

		runtimeService().createMessageCorrelation("monthly-window-decision")
			.processInstanceId(pi.getId())
			.setVariable("windowApproved", false)
			.correlate();
		execute(jobFor("Task_ReturnToEmployee"));

		assertThat(pi).isWaitingAt("Task_EnterProfile");
	}

	@Test
	void clerkMissesAccountDeadline_markedOverdueAndEscalatedToHead_followUpEndsWhenAccountIssued() {
		ProcessInstance pi = start(rules("DEADLINE", false, false));
		execute(jobFor("Task_RegisterNewcomer"));

		missDeadline(pi, "Timer_AccountCreationDeadline", "Task_ReportAccountCreationOverdue");

		assertThat(pi).isWaitingAt("Task_ConfirmAccountCreation", "Task_FollowUpAccountCreation");
		assertThat(taskFor("Task_FollowUpAccountCreation")).hasCandidateGroup("unit-7-head");
		assertThat(this.calls).contains("reportOverdueDelegate:Task_ReportAccountCreationOverdue:ACCOUNT_CREATION");
		complete(taskFor("Task_ConfirmAccountCreation"));
		execute(jobFor("Task_IssuePersonalAccount"));

		assertThat(pi).isWaitingAt("Task_EnterProfile");
		assertThat(taskQuery().taskDefinitionKey("Task_FollowUpAccountCreation").count()).isZero();
	}

	@Test
	void headFollowsUpOverdueAccount_thenClerkIssuesIt() {
		ProcessInstance pi = start(rules("DEADLINE", false, false));
		execute(jobFor("Task_RegisterNewcomer"));
		missDeadline(pi, "Timer_AccountCreationDeadline", "Task_ReportAccountCreationOverdue");

		complete(taskFor("Task_FollowUpAccountCreation"));

		assertThat(pi).hasPassed("EndEvent_AccountCreationFollowedUp").isWaitingAt("Task_ConfirmAccountCreation");
	}

	@Test
	void employeeMissesSelfEntryDeadline_remindedAndEscalatedToClerk() {
		ProcessInstance pi = start(rules("DEADLINE", false, false));
		accountIssued(pi);

		missDeadline(pi, "Timer_SelfEntryDeadline", "Task_ReportSelfEntryOverdue");

		assertThat(taskFor("Task_FollowUpSelfEntry")).hasCandidateGroup("unit-7-clerk");
		complete(taskFor("Task_FollowUpSelfEntry"));
		assertThat(pi).hasPassed("EndEvent_SelfEntryFollowedUp");
		complete(taskFor("Task_EnterProfile"));
		assertThat(pi).isWaitingAt("Task_ReviewProfile");
	}

	@Test
	void reviewerMissesReviewDeadline_escalatesToHead() {
		ProcessInstance pi = start(rules("DEADLINE", false, false));
		accountIssued(pi);
		submitEntry(pi);

		missDeadline(pi, "Timer_ReviewDeadline", "Task_ReportReviewOverdue");

		assertThat(taskFor("Task_FollowUpReview")).hasCandidateGroup("unit-7-head");
		complete(taskFor("Task_FollowUpReview"));
		complete(taskFor("Task_ReviewProfile"), withVariables("reviewPassed", true));
		assertThat(pi).hasPassed("EndEvent_ReviewFollowedUp", "EndEvent_ReviewDone");
	}

	@Test
	void headMissesApprovalDeadline_escalatesToManager() {
		ProcessInstance pi = start(rules("DEADLINE", false, false));
		accountIssued(pi);
		submitEntry(pi);
		review(pi, true);
		execute(jobFor("Task_LockProfile"));

		missDeadline(pi, "Timer_ApprovalDeadline", "Task_ReportApprovalOverdue");

		assertThat(taskFor("Task_FollowUpApproval")).hasCandidateGroup("role-manager");
		complete(taskFor("Task_FollowUpApproval"));
		complete(taskFor("Task_ApproveProfile"), withVariables("headApproved", true));
		assertThat(pi).hasPassed("EndEvent_ApprovalFollowedUp").isWaitingAt("Task_SignApproval");
	}

	@Test
	void headsOwnRecord_goesToTheAuthorisedDeputy() {
		Map<String, Object> vars = rules("DEADLINE", false, false);
		vars.put("approverGroup", "unit-7-deputy");
		ProcessInstance pi = start(vars);
		accountIssued(pi);
		submitEntry(pi);
		review(pi, true);
		execute(jobFor("Task_LockProfile"));

		assertThat(task()).hasDefinitionKey("Task_ApproveProfile").hasCandidateGroup("unit-7-deputy");
	}

	@Test
	void decisionRevokedWhileWaitingForReview_onboardingCancelledAndArchived() {
		ProcessInstance pi = start(rules("DEADLINE", false, false));
		accountIssued(pi);
		submitEntry(pi);

		runtimeService().createMessageCorrelation("onboarding-cancelled").processInstanceId(pi.getId()).correlate();
		execute(jobFor("Task_RecordCancellation"));

		assertThat(pi).isEnded().hasPassed("EndEvent_OnboardingCancelled").hasNotPassed("Task_LockProfile");
		assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
	}

	@Test
	void transferInEntry_skipsTheAccountStep_employeeChecksWithinTheTransferDeadlineFromThePull_versionKindPassedOn() {
		Map<String, Object> vars = rules("DEADLINE", false, false);
		vars.put("entryPath", "TRANSFER_IN");
		vars.put("employeeUsername", "079190000001");
		vars.put("selfEntryDeadlineKey", "TRANSFER_IN_EMPLOYEE_CHECK");
		Date pulledAt = date(2026, 8, 3);
		vars.put("selfEntryFrom", pulledAt);
		vars.put("versionKind", "TRANSFER");
		ProcessInstance pi = start(vars);
		execute(jobFor("Task_RegisterNewcomer"));

		assertThat(pi).isWaitingAt("Task_EnterProfile").hasNotPassed("Task_ConfirmAccountCreation",
				"Task_IssuePersonalAccount");
		assertThat(task()).isAssignedTo("079190000001");
		// the first round counts from the pull, under the transfer-in key (TT06 Art. 11.1c, DN Art. 8.3c)
		assertThat(task().getDueDate()).isEqualTo(this.dueDates.get("TRANSFER_IN_EMPLOYEE_CHECK"))
			.isEqualTo(new Date(pulledAt.getTime() + 7L * 24 * 3600 * 1000));
		missDeadline(pi, "Timer_SelfEntryDeadline", "Task_ReportSelfEntryOverdue");
		assertThat(this.calls).contains(
				"reportOverdueDelegate:Task_ReportSelfEntryOverdue:TRANSFER_IN_EMPLOYEE_CHECK");
		assertThat(taskFor("Task_FollowUpSelfEntry")).hasCandidateGroup("unit-7-head");
		complete(taskFor("Task_EnterProfile"));
		assertThat(runtimeService().getVariable(pi.getId(), "selfEntryFrom")).isNull();
		review(pi, false);
		execute(jobFor("Task_ReturnToEmployee"));
		// a returned record gets a fresh round from the return, still under the transfer-in key
		assertThat(taskFor("Task_EnterProfile").getDueDate()).isAfter(pulledAt);
		submitEntry(pi);
		review(pi, true);
		execute(jobFor("Task_LockProfile"));
		complete(task(), withVariables("headApproved", true));
		assertThat(runtimeService().getVariable(pi.getId(), "versionKind")).isEqualTo("TRANSFER");
		execute(jobFor("Task_SignApproval"));
		execute(jobFor("Task_HandOverForSync"));
		assertThat(pi).isEnded().hasPassed("Gateway_EntryPath", "EndEvent_ProfileApproved");
	}

	// ---------------------------------------------------------------------------------------------------

	static Map<String, Object> rules(String approvalMode, boolean employeeSigns, boolean reviewerSigns) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("personId", 42L);
		vars.put("unitId", 7L);
		vars.put("decisionDate", date(2026, 8, 20));
		vars.put("accountGroup", "unit-7-clerk");
		vars.put("reviewGroup", "unit-7-clerk");
		vars.put("approverGroup", "unit-7-head");
		vars.put("approvalMode", approvalMode);
		vars.put("employeeSigns", employeeSigns);
		vars.put("reviewerSigns", reviewerSigns);
		return vars;
	}

	ProcessInstance start(Map<String, Object> vars) {
		ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "ONB-42", vars);
		assertThat(pi).isWaitingAt("Task_RegisterNewcomer");
		return pi;
	}

	void accountIssued(ProcessInstance pi) {
		execute(jobFor("Task_RegisterNewcomer"));
		assertThat(pi).isWaitingAt("Task_ConfirmAccountCreation");
		assertThat(task()).hasCandidateGroup("unit-7-clerk").hasDueDate(this.dueDates.get("ACCOUNT_CREATION"));
		complete(task());
		execute(jobFor("Task_IssuePersonalAccount"));
		assertThat(pi).isWaitingAt("Task_EnterProfile");
		assertThat(task()).isAssignedTo("079190000001").hasDueDate(this.dueDates.get("SELF_ENTRY"));
	}

	void submitEntry(ProcessInstance pi) {
		complete(taskFor("Task_EnterProfile"));
		assertThat(pi).isWaitingAt("Task_ReviewProfile");
		assertThat(task()).hasCandidateGroup("unit-7-clerk").hasDueDate(this.dueDates.get("REVIEW"));
	}

	void review(ProcessInstance pi, boolean passed) {
		complete(taskFor("Task_ReviewProfile"), withVariables("reviewPassed", passed, "reviewReasons",
				passed ? "" : "Ngày cấp CCCD không khớp bản gốc"));
	}

	void missDeadline(ProcessInstance pi, String timerId, String reportTaskId) {
		Job timer = jobQuery().processInstanceId(pi.getId()).activityId(timerId).singleResult();
		assertThat(timer).isNotNull();
		String deadlineKey = timerId.replace("Timer_", "").replace("Deadline", "");
		assertThat(timer.getDuedate()).isNotNull();
		execute(timer);
		execute(jobFor(reportTaskId));
		assertThat(deadlineKey).isNotBlank();
	}

	static Job jobFor(String activityId) {
		return jobQuery().activityId(activityId).singleResult();
	}

	static org.camunda.bpm.engine.task.Task taskFor(String taskDefinitionKey) {
		return taskQuery().taskDefinitionKey(taskDefinitionKey).singleResult();
	}

	static Date date(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
	}

	/** Due dates a fixed number of calendar days after the start: the process only has to carry them through. */
	public static class FakeDeadlines {

		private final Map<String, Date> issued;

		FakeDeadlines(Map<String, Date> issued) {
			this.issued = issued;
		}

		public Date followUpDateTime(String key, Object from) {
			return (from instanceof Date d) ? d : new Date();
		}

		public Date dueDateTime(String key, Object from) {
			Date base = (from instanceof Date d) ? d : new Date();
			Date due = new Date(base.getTime() + 7L * 24 * 3600 * 1000);
			this.issued.put(key, due);
			return due;
		}

	}

	public static class FakeEscalations {

		public String groupFor(String deadlineKey, Object unitId) {
			return switch (deadlineKey) {
				case "SELF_ENTRY" -> "unit-" + unitId + "-clerk";
				case "HEAD_APPROVAL" -> "role-manager";
				default -> "unit-" + unitId + "-head";
			};
		}

	}

}

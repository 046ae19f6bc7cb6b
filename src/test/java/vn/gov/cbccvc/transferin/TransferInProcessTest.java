package vn.gov.cbccvc.transferin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of Process_TransferIn with the services replaced and Process_Onboarding stubbed (its transfer-in
 * entry is covered in OnboardingProcessTest): pull, not found → retry, not found → cancel, an outage retried with
 * growing waits, the missed pull deadline with its escalation, withdrawal during the pull and during the
 * employee's check. The deadlines on the real calendar are proven in the *TransferInDeadlinesTest classes.
 */
@Deployment(resources = "processes/transfer-in.bpmn")
class TransferInProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
		.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	final List<String> calls = new ArrayList<>();

	final Map<String, Date> dueDates = new HashMap<>();

	/** What the national database answers, one entry per fetch: OK, NOT_FOUND or DOWN. */
	final List<String> national = new ArrayList<>();

	final AtomicInteger fetches = new AtomicInteger();

	String onboardingStub;

	/** Stand-in for Process_Onboarding, built here so no BPMN file lives outside processes/: the employee's check. */
	@BeforeEach
	void deployOnboardingStub() {
		BpmnModelInstance stub = Bpmn.createExecutableProcess("Process_Onboarding")
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_Stub")
			.userTask("Task_EnterProfile")
			.camundaAssignee("${employeeUsername}")
			.endEvent("EndEvent_Stub")
			.done();
		this.onboardingStub = engine.getProcessEngine().getRepositoryService().createDeployment()
			.addModelInstance("onboarding-stub.bpmn", stub).deploy().getId();
	}

	@AfterEach
	void undeployOnboardingStub() {
		engine.getProcessEngine().getRepositoryService().deleteDeployment(this.onboardingStub, true);
	}

	@BeforeEach
	void registerServices() {
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("fetchNationalRecordDelegate", (JavaDelegate) execution -> {
			String answer = this.national.get(Math.min(this.fetches.getAndIncrement(), this.national.size() - 1));
			switch (answer) {
				case "NOT_FOUND" -> {
					execution.setVariable("pullProblem", "CSDL quốc gia không có hồ sơ của người này");
					throw new BpmnError("NATIONAL_RECORD_NOT_FOUND", "not found");
				}
				case "DOWN" -> throw new IllegalStateException("National database unreachable");
				default -> execution.setVariable("personId", 42L);
			}
		});
		Mocks.register("issuePersonalAccountDelegate", (JavaDelegate) execution -> {
			this.calls.add("account:" + execution.getVariable("personId"));
			execution.setVariable("employeeUsername", "079190000001");
		});
		for (String delegate : List.of("transferInEndDelegate", "reportOverdueDelegate")) {
			Mocks.register(delegate, (JavaDelegate) execution -> this.calls.add(delegate + ":"
					+ execution.getVariableLocal("outcome") + ":" + execution.getVariableLocal("deadlineKey")));
		}
		Mocks.register("transferInPuller", (org.camunda.bpm.engine.delegate.TaskListener) t -> t.getExecution()
			.setVariable("pulledBy", "doha"));
		Mocks.register("transferInNotFoundDecision", new NotFoundDecisionListener());
		Mocks.register("resolveOverdueListener", (org.camunda.bpm.engine.delegate.ExecutionListener) e -> this.calls
			.add("resolved"));
		Mocks.register("deadlines", new FakeDeadlines(this.dueDates));
		Mocks.register("escalations", new FakeEscalations());
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset();
	}

	@Test
	void happyPath_dohaPullsWithinDeadline_accountIssued_onboardingEnteredAtTheEmployeesCheck_approved() {
		this.national.add("OK");
		ProcessInstance pi = start();

		Task pull = taskFor("Task_PullFromNational");
		assertThat(pull).hasCandidateGroup("role-doha-admin").hasDueDate(this.dueDates.get("TRANSFER_IN_PULL"));
		complete(pull);
		execute(jobFor("Task_FetchNationalRecord"));
		assertThat(runtimeService().getVariable(pi.getId(), "pulledBy")).isEqualTo("doha");
		assertThat(runtimeService().getVariable(pi.getId(), "pulledAt")).isInstanceOf(Date.class);
		execute(jobFor("Task_IssuePersonalAccount"));

		ProcessInstance onboarding = onboardingOf(pi);
		Map<String, Object> passed = runtimeService().getVariables(onboarding.getId());
		assertThat(passed).containsEntry("entryPath", "TRANSFER_IN")
			.containsEntry("selfEntryDeadlineKey", "TRANSFER_IN_EMPLOYEE_CHECK")
			.containsEntry("versionKind", "TRANSFER")
			.containsEntry("personId", 42L)
			.containsEntry("unitId", 7L)
			.containsEntry("selfEntryFrom", runtimeService().getVariable(pi.getId(), "pulledAt"));
		assertThat(onboarding.getBusinessKey()).isEqualTo("TRI-5");
		Task check = taskQuery().processInstanceId(onboarding.getId()).singleResult();
		assertThat(check).isAssignedTo("079190000001");
		complete(check, withVariables("versionId", 900L));
		execute(jobFor("Task_RecordApproved"));

		assertThat(pi).isEnded()
			.hasPassedInOrder("Task_PullFromNational", "Task_FetchNationalRecord", "EndEvent_Pulled",
					"Task_IssuePersonalAccount", "CallActivity_Onboarding", "Task_RecordApproved",
					"EndEvent_TransferredIn")
			.hasNotPassed("Task_ResolveNotFound", "Task_FollowUpPull")
			.variables()
			.containsEntry("versionId", 900L);
		assertThat(this.calls).containsSequence("resolved", "account:42").contains("transferInEndDelegate:APPROVED:null");
	}

	@Test
	void recordNotFound_dohaAsksTheSendingAgencyAndRetries_thenThePullSucceeds() {
		this.national.addAll(List.of("NOT_FOUND", "OK"));
		ProcessInstance pi = start();
		complete(taskFor("Task_PullFromNational"));
		execute(jobFor("Task_FetchNationalRecord"));

		Task resolve = taskFor("Task_ResolveNotFound");
		assertThat(resolve).hasCandidateGroup("role-doha-admin");
		assertThat(runtimeService().getVariable(pi.getId(), "pullProblem")).asString().contains("không có hồ sơ");
		complete(resolve, withVariables("retryPull", true));
		execute(jobFor("Task_FetchNationalRecord"));

		assertThat(pi).hasPassed("Gateway_RetryPull", "EndEvent_Pulled").isWaitingAt("Task_IssuePersonalAccount");
		assertThat(this.fetches).hasValue(2);
	}

	@Test
	void recordNotFound_dohaCancelsWithReason_transferCancelled() {
		this.national.add("NOT_FOUND");
		ProcessInstance pi = start();
		complete(taskFor("Task_PullFromNational"));
		execute(jobFor("Task_FetchNationalRecord"));

		complete(taskFor("Task_ResolveNotFound"), withVariables("retryPull", false, "cancellationReason",
				"Bộ Y tế chưa đồng bộ hồ sơ, đơn vị dừng tiếp nhận"));
		execute(jobFor("Task_RecordCancellation"));

		assertThat(pi).isEnded()
			.hasPassed("EndEvent_PullCancelled", "Error_PullCancelled", "EndEvent_TransferCancelled")
			.hasNotPassed("Task_IssuePersonalAccount", "CallActivity_Onboarding");
		assertThat(this.calls).contains("transferInEndDelegate:CANCELLED:null");
	}

	@Test
	void nationalDatabaseOutage_isRetriedWithGrowingWaits_notLost_thenPulls() {
		this.national.addAll(List.of("DOWN", "DOWN", "OK"));
		ProcessInstance pi = start();
		complete(taskFor("Task_PullFromNational"));

		Job fetch = jobFor("Task_FetchNationalRecord");
		Date before = new Date();
		assertThatThrownBy(() -> managementService().executeJob(fetch.getId())).hasMessageContaining("unreachable");
		Job first = jobFor("Task_FetchNationalRecord");
		assertThat(first.getRetries()).isEqualTo(6);
		assertThat(first.getExceptionMessage()).contains("unreachable");
		assertThat(first.getDuedate()).isAfter(new Date(before.getTime() + 50_000L));
		assertThatThrownBy(() -> managementService().executeJob(first.getId())).isInstanceOf(RuntimeException.class);
		Job second = jobFor("Task_FetchNationalRecord");
		assertThat(second.getRetries()).isEqualTo(5);
		// the second wait (5 minutes) is longer than the first (1 minute)
		assertThat(second.getDuedate().getTime() - new Date().getTime()).isGreaterThan(4 * 60_000L);
		execute(second);

		assertThat(pi).isWaitingAt("Task_IssuePersonalAccount").hasNotPassed("Task_ResolveNotFound");
	}

	@Test
	void dohaMissesThePullDeadline_markedOverdueAndEscalated_followUpEndsWhenPulled() {
		this.national.add("OK");
		ProcessInstance pi = start();

		Job timer = jobQuery().processInstanceId(pi.getId()).activityId("Timer_PullDeadline").singleResult();
		assertThat(timer.getDuedate()).isEqualTo(this.dueDates.get("TRANSFER_IN_PULL"));
		execute(timer);
		execute(jobFor("Task_ReportPullOverdue"));

		assertThat(this.calls).contains("reportOverdueDelegate:null:TRANSFER_IN_PULL");
		assertThat(taskFor("Task_FollowUpPull")).hasCandidateGroup("unit-7-head");
		complete(taskFor("Task_PullFromNational"));
		execute(jobFor("Task_FetchNationalRecord"));

		assertThat(taskQuery().taskDefinitionKey("Task_FollowUpPull").count()).isZero();
		assertThat(pi).isWaitingAt("Task_IssuePersonalAccount");
	}

	@Test
	void escalationGroupFollowsUpTheOverduePull_thenDohaPulls() {
		ProcessInstance pi = start();
		execute(jobQuery().processInstanceId(pi.getId()).activityId("Timer_PullDeadline").singleResult());
		execute(jobFor("Task_ReportPullOverdue"));

		complete(taskFor("Task_FollowUpPull"));

		assertThat(pi).hasPassed("EndEvent_PullFollowedUp").isWaitingAt("Task_PullFromNational");
	}

	@Test
	void unitWithdrawsBeforeThePull_transferStopsAndIsRecorded() {
		ProcessInstance pi = start();

		withdraw(pi);

		assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_FetchNationalRecord");
		assertThat(this.calls).contains("transferInEndDelegate:WITHDRAWN:null");
		assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
	}

	@Test
	void unitWithdrawsWhileTheEmployeeChecks_onboardingStopsWithTheTransfer() {
		this.national.add("OK");
		ProcessInstance pi = start();
		complete(taskFor("Task_PullFromNational"));
		execute(jobFor("Task_FetchNationalRecord"));
		execute(jobFor("Task_IssuePersonalAccount"));
		ProcessInstance onboarding = onboardingOf(pi);

		withdraw(pi);

		assertThat(pi).isEnded().hasPassed("Task_RecordWithdrawal").hasNotPassed("Task_RecordApproved");
		assertThat(onboarding).isEnded();
	}

	// ---------------------------------------------------------------------------------------------------

	ProcessInstance start() {
		Map<String, Object> vars = new HashMap<>();
		vars.put("transferInId", 5L);
		vars.put("unitId", 7L);
		vars.put("dossierHandedOverDate", "2026-04-24");
		vars.put("dohaGroup", "role-doha-admin");
		ProcessInstance pi = runtimeService().startProcessInstanceByKey("Process_TransferIn", "TRI-5", vars);
		assertThat(pi).isWaitingAt("Task_PullFromNational");
		return pi;
	}

	void withdraw(ProcessInstance pi) {
		runtimeService().createMessageCorrelation("transfer-in-withdrawn")
			.processInstanceId(pi.getId())
			.setVariable("withdrawalReason", "Quyết định điều động bị thu hồi")
			.correlate();
		execute(jobFor("Task_RecordWithdrawal"));
	}

	static ProcessInstance onboardingOf(ProcessInstance pi) {
		ProcessInstance child = runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
			.singleResult();
		assertThat(child).isNotNull();
		return child;
	}

	static Job jobFor(String activityId) {
		return jobQuery().activityId(activityId).singleResult();
	}

	static Task taskFor(String key) {
		return taskQuery().taskDefinitionKey(key).singleResult();
	}

	/** Due dates a fixed number of calendar days after the base date: the process only has to carry them. */
	public static class FakeDeadlines {

		private final Map<String, Date> issued;

		FakeDeadlines(Map<String, Date> issued) {
			this.issued = issued;
		}

		public Date followUpDateTime(String key, Object from) {
			return new Date();
		}

		public Date dueDateTime(String key, Object from) {
			Date due = new Date(java.time.LocalDate.parse(from.toString()).plusDays(14)
				.atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant().toEpochMilli());
			this.issued.put(key, due);
			return due;
		}

	}

	public static class FakeEscalations {

		public String groupFor(String deadlineKey, Object unitId) {
			return "unit-" + unitId + "-head";
		}

	}

}

package vn.gov.cbccvc.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
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

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.gov.cbccvc.support.WeekLongDeadlines;

/**
 * Every path of the status-change process with the services replaced: signed at once, returned by the head (a
 * loop), the clerk's missed deadline with its escalation and follow-up, a retirement prepared ahead that waits for
 * its effective date, and withdrawal from each waiting state. The deadlines themselves (working days, holidays)
 * are proven with the real calendar in {@code StatusChangeDeadlinesContract}.
 */
@Deployment(resources = "processes/status-change.bpmn")
class StatusChangeProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
		.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	final List<String> calls = new ArrayList<>();

	final Map<String, Object> dueFrom = new HashMap<>();

	@BeforeEach
	void registerServices() {
		// several engines live in this JVM (the Spring tests' too): assert against this one
		BpmnAwareTests.init(engine.getProcessEngine());
		for (String delegate : List.of("signStatusVersionDelegate", "archiveRecordDelegate",
				"handOverStatusForSyncDelegate", "recordWithdrawalDelegate", "reportOverdueDelegate")) {
			Mocks.register(delegate, (JavaDelegate) execution -> this.calls
				.add(delegate + ":" + execution.getVariableLocal("deadlineKey")));
		}
		Mocks.register("deadlines", new WeekLongDeadlines(this.dueFrom));
		Mocks.register("escalations", new FakeEscalations());
		Mocks.register("resolveOverdueListener", (ExecutionListener) e -> this.calls.add("resolveOverdue"));
		Mocks.register("statusChangeActors", (TaskListener) t -> t.getExecution()
			.setVariable(StatusChangeProcess.TASK_SIGN.equals(t.getTaskDefinitionKey()) ? "signedBy" : "preparedBy",
					"someone"));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void documentInForce_clerkPreparesHeadSigns_recordArchivedAccountRevokedAndQueuedForSync() {
		ProcessInstance pi = start(LocalDate.of(2026, 3, 2));

		assertThat(pi).isWaitingAt(StatusChangeProcess.TASK_PREPARE);
		assertThat(task()).hasCandidateGroup("unit-7-clerk");
		assertThat(this.dueFrom).containsEntry("STATUS_CHANGE", "2026-03-02");
		complete(task());
		assertThat(task()).hasDefinitionKey(StatusChangeProcess.TASK_SIGN).hasCandidateGroup("unit-7-head");
		complete(task(), withVariables("headSigned", true, "headReasons", ""));
		execute(jobFor("Task_SignStatusVersion"));
		// the effective date has passed: the wait is over at once
		execute(jobFor("Timer_UntilEffective"));
		execute(jobFor("Task_ArchiveRecord"));
		execute(jobFor("Task_HandOverForSync"));

		assertThat(pi).isEnded()
			.hasPassedInOrder(StatusChangeProcess.TASK_PREPARE, "EndEvent_Prepared", StatusChangeProcess.TASK_SIGN,
					"Task_SignStatusVersion", "Timer_UntilEffective", "Task_ArchiveRecord", "Task_HandOverForSync",
					"EndEvent_StatusChanged")
			.hasNotPassed("Task_ReportStatusChangeOverdue", "Task_RecordWithdrawal");
		assertThat(this.calls).containsSubsequence("resolveOverdue", "signStatusVersionDelegate:null",
				"archiveRecordDelegate:null", "handOverStatusForSyncDelegate:null");
	}

	@Test
	void headReturnsWithReasons_backToTheClerk_asManyTimesAsNeeded() {
		ProcessInstance pi = start(LocalDate.of(2026, 3, 2));

		for (int round = 0; round < 2; round++) {
			complete(taskFor(StatusChangeProcess.TASK_PREPARE));
			complete(taskFor(StatusChangeProcess.TASK_SIGN),
					withVariables("headSigned", false, "headReasons", "Sai số quyết định"));
			assertThat(pi).isWaitingAt(StatusChangeProcess.TASK_PREPARE);
			assertThat(runtimeService().getVariable(pi.getId(), "headReasons")).isEqualTo("Sai số quyết định");
		}
		complete(taskFor(StatusChangeProcess.TASK_PREPARE));
		complete(taskFor(StatusChangeProcess.TASK_SIGN), withVariables("headSigned", true));

		assertThat(pi).isWaitingAt("Task_SignStatusVersion");
		assertThat(this.calls).filteredOn("resolveOverdue"::equals).hasSize(3);
	}

	@Test
	void clerkMissesTheDeadline_overdueRecordedAndEscalatedToHead_followUpEndsWhenPrepared() {
		ProcessInstance pi = start(LocalDate.of(2026, 3, 2));

		missDeadline(pi);

		assertThat(pi).isWaitingAt(StatusChangeProcess.TASK_PREPARE, StatusChangeProcess.TASK_FOLLOW_UP);
		assertThat(taskFor(StatusChangeProcess.TASK_FOLLOW_UP)).hasCandidateGroup("unit-7-head");
		assertThat(this.calls).contains("reportOverdueDelegate:STATUS_CHANGE");
		complete(taskFor(StatusChangeProcess.TASK_PREPARE));

		assertThat(pi).isWaitingAt(StatusChangeProcess.TASK_SIGN);
		assertThat(taskQuery().taskDefinitionKey(StatusChangeProcess.TASK_FOLLOW_UP).count()).isZero();
	}

	@Test
	void headFollowsUpTheOverdueWork_thenTheClerkPrepares() {
		ProcessInstance pi = start(LocalDate.of(2026, 3, 2));
		missDeadline(pi);

		complete(taskFor(StatusChangeProcess.TASK_FOLLOW_UP));

		assertThat(pi).hasPassed("EndEvent_StatusChangeFollowedUp").isWaitingAt(StatusChangeProcess.TASK_PREPARE);
	}

	@Test
	void retirementPreparedAhead_recordIsArchivedOnlyOnTheEffectiveDate() {
		ClockUtil.setCurrentTime(at(2026, 5, 4));
		ProcessInstance pi = start(LocalDate.of(2026, 8, 1));
		complete(taskFor(StatusChangeProcess.TASK_PREPARE));
		complete(taskFor(StatusChangeProcess.TASK_SIGN), withVariables("headSigned", true));
		execute(jobFor("Task_SignStatusVersion"));

		Job wait = jobFor("Timer_UntilEffective");
		assertThat(wait.getDuedate()).isEqualTo(at(2026, 8, 1));
		assertThat(jobQuery().processInstanceId(pi.getId()).executable().count()).isZero();
		assertThat(this.calls).doesNotContain("archiveRecordDelegate:null");

		ClockUtil.setCurrentTime(at(2026, 8, 1));
		execute(wait);
		assertThat(pi).isWaitingAt("Task_ArchiveRecord");
	}

	@Test
	void documentRevokedWhileBeingPrepared_withdrawn_recordUntouched() {
		ProcessInstance pi = start(LocalDate.of(2026, 3, 2));

		withdraw(pi);

		assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_ArchiveRecord");
		assertThat(this.calls).contains("recordWithdrawalDelegate:null", "resolveOverdue")
			.doesNotContain("archiveRecordDelegate:null");
		assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
	}

	@Test
	void withdrawnWhileWaitingForTheHeadsSignatureOrTheEffectiveDate() {
		ProcessInstance atSignature = start(LocalDate.of(2026, 3, 2));
		complete(taskFor(StatusChangeProcess.TASK_PREPARE));
		withdraw(atSignature);
		assertThat(atSignature).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_SignStatusVersion");

		ClockUtil.setCurrentTime(at(2026, 5, 4));
		ProcessInstance waiting = start(LocalDate.of(2026, 8, 1));
		complete(taskFor(StatusChangeProcess.TASK_PREPARE));
		complete(taskFor(StatusChangeProcess.TASK_SIGN), withVariables("headSigned", true));
		execute(jobFor("Task_SignStatusVersion"));
		withdraw(waiting);
		assertThat(waiting).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_ArchiveRecord");
	}

	// ---------------------------------------------------------------------------------------------------

	ProcessInstance start(LocalDate effective) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("personId", 42L);
		vars.put("unitId", 7L);
		vars.put("statusChangeId", 5L);
		vars.put("kind", "RETIRED");
		vars.put("effectiveDate", effective.toString());
		vars.put("effectiveAt", Date.from(effective.atStartOfDay(ZONE).toInstant()));
		vars.put("clerkGroup", "unit-7-clerk");
		vars.put("headGroup", "unit-7-head");
		return runtimeService().startProcessInstanceByKey(StatusChangeProcess.KEY, "STS-5", vars);
	}

	void missDeadline(ProcessInstance pi) {
		Job timer = jobQuery().processInstanceId(pi.getId()).activityId("Timer_StatusChangeDeadline").singleResult();
		assertThat(timer).isNotNull();
		execute(timer);
		execute(jobFor("Task_ReportStatusChangeOverdue"));
	}

	void withdraw(ProcessInstance pi) {
		runtimeService().createMessageCorrelation(StatusChangeProcess.MESSAGE_WITHDRAWN)
			.processInstanceId(pi.getId())
			.setVariable("withdrawalReason", "Quyết định bị thu hồi")
			.correlate();
		execute(jobQuery().processInstanceId(pi.getId()).activityId("Task_RecordWithdrawal").singleResult());
	}

	static Job jobFor(String activityId) {
		return jobQuery().activityId(activityId).singleResult();
	}

	static org.camunda.bpm.engine.task.Task taskFor(String key) {
		return taskQuery().taskDefinitionKey(key).singleResult();
	}

	static Date at(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZONE).toInstant());
	}

	public static class FakeEscalations {

		public String groupFor(String deadlineKey, Object unitId) {
			return "unit-" + unitId + "-head";
		}

	}

}

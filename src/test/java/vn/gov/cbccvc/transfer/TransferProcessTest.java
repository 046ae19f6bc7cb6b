package vn.gov.cbccvc.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * Every path of both transfer processes with the services replaced: the happy move of each kind (the deadline key
 * follows the kind), the receiving clerk's refusal loop back to the sender, the head's return to the receiving
 * clerk, each missed deadline with its escalation, withdrawal before the hand-over (while waiting for the effective
 * date and at the hand-over) and its refusal after; the transfer out with its return, missed deadlines, the wait for
 * the effective date and withdrawal. The deadlines themselves (working days, holidays) are proven with the real
 * calendar in {@code TransferDeadlinesContract}.
 */
@Deployment(resources = { "processes/transfer.bpmn", "processes/transfer-out.bpmn" })
class TransferProcessTest {

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
		BpmnAwareTests.init(engine.getProcessEngine());
		for (String delegate : List.of("transferHandedOverDelegate", "recordTransferRefusalDelegate",
				"signTransferVersionDelegate", "moveRecordDelegate", "releaseRecordDelegate",
				"handOverTransferForSyncDelegate", "recordTransferWithdrawalDelegate", "reportOverdueDelegate")) {
			Mocks.register(delegate, (JavaDelegate) execution -> this.calls.add(delegate + ":"
					+ execution.getVariableLocal("deadlineKey") + ":" + execution.getVariable("unitId")));
		}
		Mocks.register("deadlines", new WeekLongDeadlines(this.dueFrom));
		Mocks.register("escalations", new FakeEscalations());
		Mocks.register("resolveOverdueListener", (ExecutionListener) e -> this.calls.add("resolveOverdue"));
		Mocks.register("transferActors", (TaskListener) t -> t.getExecution().setVariable("signedBy", "someone"));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void betweenUnits_handedOverAcceptedSigned_recordAndAccessMovedAndQueued() {
		ProcessInstance pi = startMove("BETWEEN_UNITS", "MOVE_BETWEEN_UNITS", LocalDate.of(2026, 3, 2));

		passEffectiveDate();
		Task handOver = taskFor(TransferProcess.TASK_HAND_OVER);
		assertThat(handOver).hasCandidateGroup("unit-7-clerk");
		assertThat(handOver.getDueDate()).isNotNull();
		assertThat(handOver.getFollowUpDate()).isNotNull();
		assertThat(this.dueFrom).containsEntry("MOVE_BETWEEN_UNITS", "2026-03-02");
		complete(handOver);
		execute(jobFor("Task_MarkHandedOver"));
		assertThat(taskFor(TransferProcess.TASK_ACCEPT)).hasCandidateGroup("unit-9-clerk");
		complete(taskFor(TransferProcess.TASK_ACCEPT), withVariables("accepted", true, "refusalReasons", ""));
		assertThat(taskFor(TransferProcess.TASK_SIGN)).hasCandidateGroup("unit-9-head");
		complete(taskFor(TransferProcess.TASK_SIGN), withVariables("headSigned", true, "headReasons", ""));
		execute(jobFor("Task_SignTransferVersion"));
		execute(jobFor("Task_MoveRecord"));
		execute(jobFor("Task_HandOverForSync"));

		assertThat(pi).isEnded()
			.hasPassedInOrder("Timer_UntilEffective", TransferProcess.TASK_HAND_OVER, "Task_MarkHandedOver",
					TransferProcess.TASK_ACCEPT, TransferProcess.TASK_SIGN, "Task_SignTransferVersion",
					"Task_MoveRecord", "Task_HandOverForSync", "EndEvent_Transferred")
			.hasNotPassed("Task_RecordRefusal", "Task_RecordWithdrawal");
		assertThat(this.calls).containsSubsequence("transferHandedOverDelegate:null:7",
				"signTransferVersionDelegate:null:7", "moveRecordDelegate:null:7", "handOverTransferForSyncDelegate:null:7");
	}

	@Test
	void withinUnitAndWithinAuthority_runUnderTheirOwnDeadlineKeys() {
		for (String[] kind : new String[][] { { "WITHIN_UNIT", "MOVE_WITHIN_UNIT" },
				{ "WITHIN_AUTHORITY", "MOVE_WITHIN_AUTHORITY" } }) {
			ProcessInstance pi = startMove(kind[0], kind[1], LocalDate.of(2026, 3, 2));
			passEffectiveDate();
			complete(taskFor(TransferProcess.TASK_HAND_OVER));
			execute(jobFor("Task_MarkHandedOver"));
			complete(taskFor(TransferProcess.TASK_ACCEPT), withVariables("accepted", true));
			complete(taskFor(TransferProcess.TASK_SIGN), withVariables("headSigned", true));
			execute(jobFor("Task_SignTransferVersion"));
			execute(jobFor("Task_MoveRecord"));
			execute(jobFor("Task_HandOverForSync"));
			assertThat(pi).isEnded().hasPassed("EndEvent_Transferred");
			assertThat(this.dueFrom).containsKey(kind[1]);
		}
	}

	@Test
	void receivingClerkRefusesWithReasons_backToTheSender_thenAccepted() {
		ProcessInstance pi = startMove("BETWEEN_UNITS", "MOVE_BETWEEN_UNITS", LocalDate.of(2026, 3, 2));
		passEffectiveDate();
		complete(taskFor(TransferProcess.TASK_HAND_OVER));
		execute(jobFor("Task_MarkHandedOver"));

		complete(taskFor(TransferProcess.TASK_ACCEPT),
				withVariables("accepted", false, "refusalReasons", "Thiếu bản quét quyết định"));
		execute(jobFor("Task_RecordRefusal"));
		// the effective date has passed: the wait is over at once
		passEffectiveDate();

		assertThat(pi).isWaitingAt(TransferProcess.TASK_HAND_OVER);
		assertThat(runtimeService().getVariable(pi.getId(), "refusalReasons")).isEqualTo("Thiếu bản quét quyết định");
		assertThat(this.calls).contains("recordTransferRefusalDelegate:null:7");
		complete(taskFor(TransferProcess.TASK_HAND_OVER));
		execute(jobFor("Task_MarkHandedOver"));
		assertThat(pi).isWaitingAt(TransferProcess.TASK_ACCEPT);
	}

	@Test
	void receivingHeadReturnsWithReasons_backToTheReceivingClerk() {
		ProcessInstance pi = startMove("BETWEEN_UNITS", "MOVE_BETWEEN_UNITS", LocalDate.of(2026, 3, 2));
		passEffectiveDate();
		complete(taskFor(TransferProcess.TASK_HAND_OVER));
		execute(jobFor("Task_MarkHandedOver"));
		complete(taskFor(TransferProcess.TASK_ACCEPT), withVariables("accepted", true));

		complete(taskFor(TransferProcess.TASK_SIGN), withVariables("headSigned", false, "headReasons", "Sai chức vụ mới"));

		assertThat(pi).isWaitingAt(TransferProcess.TASK_ACCEPT);
		assertThat(runtimeService().getVariable(pi.getId(), "headReasons")).isEqualTo("Sai chức vụ mới");
	}

	@Test
	void sendingClerkMissesTheDeadline_escalatedInTheSendingUnit_followUpEndsWithTheHandOver() {
		ProcessInstance pi = startMove("BETWEEN_UNITS", "MOVE_BETWEEN_UNITS", LocalDate.of(2026, 3, 2));
		passEffectiveDate();

		missDeadline(pi, "Timer_HandOverRecordDeadline", "Task_ReportHandOverRecordOverdue");

		assertThat(taskFor(TransferProcess.TASK_FOLLOW_UP_HAND_OVER)).hasCandidateGroup("unit-7-head");
		assertThat(this.calls).contains("reportOverdueDelegate:MOVE_BETWEEN_UNITS:7");
		complete(taskFor(TransferProcess.TASK_FOLLOW_UP_HAND_OVER));
		assertThat(pi).hasPassed("EndEvent_HandOverRecordFollowedUp");
		complete(taskFor(TransferProcess.TASK_HAND_OVER));
		assertThat(pi).isWaitingAt("Task_MarkHandedOver");
	}

	@Test
	void receivingClerkMissesTheDeadline_escalatedInTheReceivingUnit() {
		ProcessInstance pi = startMove("WITHIN_AUTHORITY", "MOVE_WITHIN_AUTHORITY", LocalDate.of(2026, 3, 2));
		passEffectiveDate();
		complete(taskFor(TransferProcess.TASK_HAND_OVER));
		execute(jobFor("Task_MarkHandedOver"));

		missDeadline(pi, "Timer_AcceptRecordDeadline", "Task_ReportAcceptRecordOverdue");

		assertThat(taskFor(TransferProcess.TASK_FOLLOW_UP_ACCEPT)).hasCandidateGroup("unit-9-head");
		// the overdue item names the receiving unit, whose head is told
		assertThat(this.calls).contains("reportOverdueDelegate:MOVE_WITHIN_AUTHORITY:9");
		complete(taskFor(TransferProcess.TASK_FOLLOW_UP_ACCEPT));
		assertThat(pi).hasPassed("EndEvent_AcceptRecordFollowedUp");
		complete(taskFor(TransferProcess.TASK_ACCEPT), withVariables("accepted", true));
		assertThat(pi).isWaitingAt(TransferProcess.TASK_SIGN);
	}

	@Test
	void receivingHeadMissesTheDeadline_managersFollowUp() {
		ProcessInstance pi = startMove("WITHIN_UNIT", "MOVE_WITHIN_UNIT", LocalDate.of(2026, 3, 2));
		passEffectiveDate();
		complete(taskFor(TransferProcess.TASK_HAND_OVER));
		execute(jobFor("Task_MarkHandedOver"));
		complete(taskFor(TransferProcess.TASK_ACCEPT), withVariables("accepted", true));

		missDeadline(pi, "Timer_SignTransferDeadline", "Task_ReportSignTransferOverdue");

		assertThat(taskFor(TransferProcess.TASK_FOLLOW_UP_SIGN)).hasCandidateGroup("role-manager");
		complete(taskFor(TransferProcess.TASK_FOLLOW_UP_SIGN));
		assertThat(pi).hasPassed("EndEvent_SignTransferFollowedUp");
		complete(taskFor(TransferProcess.TASK_SIGN), withVariables("headSigned", true));
		assertThat(pi).isWaitingAt("Task_SignTransferVersion");
	}

	@Test
	void withdrawnWhileWaitingForTheEffectiveDate_recordUntouched() {
		ClockUtil.setCurrentTime(at(2026, 5, 4));
		ProcessInstance pi = startMove("BETWEEN_UNITS", "MOVE_BETWEEN_UNITS", LocalDate.of(2026, 6, 1));
		assertThat(jobFor("Timer_UntilEffective").getDuedate()).isEqualTo(at(2026, 6, 1));
		assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();

		withdraw(pi);

		assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed(TransferProcess.TASK_HAND_OVER);
		assertThat(this.calls).contains("recordTransferWithdrawalDelegate:null:7", "resolveOverdue")
			.doesNotContain("moveRecordDelegate:null:7");
	}

	@Test
	void withdrawnAtTheHandOver_butNotOnceHandedOver() {
		ProcessInstance atHandOver = startMove("BETWEEN_UNITS", "MOVE_BETWEEN_UNITS", LocalDate.of(2026, 3, 2));
		passEffectiveDate();
		withdraw(atHandOver);
		assertThat(atHandOver).isEnded().hasPassed("EndEvent_Withdrawn");

		ProcessInstance handedOver = startMove("BETWEEN_UNITS", "MOVE_BETWEEN_UNITS", LocalDate.of(2026, 3, 2));
		passEffectiveDate();
		complete(taskFor(TransferProcess.TASK_HAND_OVER));
		assertThatThrownBy(() -> runtimeService().createMessageCorrelation(TransferProcess.MESSAGE_WITHDRAWN)
			.processInstanceId(handedOver.getId())
			.correlate()).isInstanceOf(MismatchingMessageCorrelationException.class);
		assertThat(handedOver).isWaitingAt("Task_MarkHandedOver");
	}

	// ---------------------------------------------------------------------------------------------- transfer out

	@Test
	void transferOut_preparedSignedReleasedOnTheEffectiveDateAndQueued() {
		ClockUtil.setCurrentTime(at(2026, 5, 4));
		ProcessInstance pi = startOut(LocalDate.of(2026, 6, 1));

		assertThat(taskFor(TransferProcess.TASK_PREPARE_OUT)).hasCandidateGroup("unit-7-clerk");
		assertThat(this.dueFrom).containsEntry("STATUS_CHANGE", "2026-06-01");
		complete(taskFor(TransferProcess.TASK_PREPARE_OUT));
		assertThat(taskFor(TransferProcess.TASK_SIGN_OUT)).hasCandidateGroup("unit-7-head");
		complete(taskFor(TransferProcess.TASK_SIGN_OUT), withVariables("headSigned", true));
		execute(jobFor("Task_SignTransferVersion"));
		Job wait = jobFor("Timer_UntilEffective");
		assertThat(wait.getDuedate()).isEqualTo(at(2026, 6, 1));
		assertThat(this.calls).doesNotContain("releaseRecordDelegate:null:7");
		ClockUtil.setCurrentTime(at(2026, 6, 1));
		execute(wait);
		execute(jobFor("Task_ReleaseRecord"));
		execute(jobFor("Task_HandOverForSync"));

		assertThat(pi).isEnded()
			.hasPassedInOrder(TransferProcess.TASK_PREPARE_OUT, TransferProcess.TASK_SIGN_OUT,
					"Task_SignTransferVersion", "Timer_UntilEffective", "Task_ReleaseRecord", "Task_HandOverForSync",
					"EndEvent_TransferredOut");
		assertThat(this.calls).containsSubsequence("releaseRecordDelegate:null:7",
				"handOverTransferForSyncDelegate:null:7");
	}

	@Test
	void transferOut_headReturns_deadlinesMissedOnBothSteps() {
		ProcessInstance pi = startOut(LocalDate.of(2026, 3, 2));
		missDeadline(pi, "Timer_PrepareTransferOutDeadline", "Task_ReportPrepareTransferOutOverdue");
		assertThat(taskFor(TransferProcess.TASK_FOLLOW_UP_PREPARE_OUT)).hasCandidateGroup("unit-7-head");
		complete(taskFor(TransferProcess.TASK_FOLLOW_UP_PREPARE_OUT));
		complete(taskFor(TransferProcess.TASK_PREPARE_OUT));
		complete(taskFor(TransferProcess.TASK_SIGN_OUT), withVariables("headSigned", false, "headReasons", "Thiếu nơi đến"));
		assertThat(pi).isWaitingAt(TransferProcess.TASK_PREPARE_OUT);
		complete(taskFor(TransferProcess.TASK_PREPARE_OUT));

		missDeadline(pi, "Timer_SignTransferOutDeadline", "Task_ReportSignTransferOutOverdue");
		assertThat(taskFor(TransferProcess.TASK_FOLLOW_UP_SIGN_OUT)).hasCandidateGroup("role-manager");
		assertThat(this.calls).contains("reportOverdueDelegate:STATUS_CHANGE:7");
		complete(taskFor(TransferProcess.TASK_FOLLOW_UP_SIGN_OUT));
		assertThat(pi).hasPassed("EndEvent_PrepareTransferOutFollowedUp", "EndEvent_SignTransferOutFollowedUp");
	}

	@Test
	void transferOut_withdrawnBeforeItTakesEffect() {
		ClockUtil.setCurrentTime(at(2026, 5, 4));
		ProcessInstance pi = startOut(LocalDate.of(2026, 6, 1));
		complete(taskFor(TransferProcess.TASK_PREPARE_OUT));
		complete(taskFor(TransferProcess.TASK_SIGN_OUT), withVariables("headSigned", true));
		execute(jobFor("Task_SignTransferVersion"));

		withdraw(pi);

		assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_ReleaseRecord");
	}

	// ---------------------------------------------------------------------------------------------------

	ProcessInstance startMove(String kind, String key, LocalDate effective) {
		Map<String, Object> vars = common(kind, key, effective);
		vars.put("receivingUnitId", kind.equals("WITHIN_UNIT") ? 7L : 9L);
		vars.put("sendingClerkGroup", "unit-7-clerk");
		vars.put("receivingClerkGroup", kind.equals("WITHIN_UNIT") ? "unit-7-clerk" : "unit-9-clerk");
		vars.put("headGroup", kind.equals("WITHIN_UNIT") ? "unit-7-head" : "unit-9-head");
		return runtimeService().startProcessInstanceByKey(TransferProcess.KEY, "TRF-5", vars);
	}

	ProcessInstance startOut(LocalDate effective) {
		Map<String, Object> vars = common("OUT_OF_PROVINCE", "STATUS_CHANGE", effective);
		vars.put("sendingClerkGroup", "unit-7-clerk");
		vars.put("headGroup", "unit-7-head");
		return runtimeService().startProcessInstanceByKey(TransferProcess.KEY_OUT, "TRF-6", vars);
	}

	static Map<String, Object> common(String kind, String key, LocalDate effective) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("personId", 42L);
		vars.put("unitId", 7L);
		vars.put("transferId", 5L);
		vars.put("kind", kind);
		vars.put("moveDeadlineKey", key);
		vars.put("effectiveDate", effective.toString());
		vars.put("effectiveAt", Date.from(effective.atStartOfDay(ZONE).toInstant()));
		return vars;
	}

	static void passEffectiveDate() {
		execute(jobFor("Timer_UntilEffective"));
	}

	static void missDeadline(ProcessInstance pi, String timer, String report) {
		Job job = jobQuery().processInstanceId(pi.getId()).activityId(timer).singleResult();
		assertThat(job).isNotNull();
		execute(job);
		execute(jobQuery().processInstanceId(pi.getId()).activityId(report).singleResult());
	}

	static void withdraw(ProcessInstance pi) {
		runtimeService().createMessageCorrelation(TransferProcess.MESSAGE_WITHDRAWN)
			.processInstanceId(pi.getId())
			.setVariable("withdrawalReason", "Quyết định bị thu hồi")
			.correlate();
		execute(jobQuery().processInstanceId(pi.getId()).activityId("Task_RecordWithdrawal").singleResult());
	}

	static Job jobFor(String activityId) {
		return jobQuery().activityId(activityId).singleResult();
	}

	static Task taskFor(String key) {
		return taskQuery().taskDefinitionKey(key).singleResult();
	}

	static Date at(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZONE).toInstant());
	}

	/** As the shipped rule sets escalate: a clerk's step to the unit's head, a head's approval to the manager. */
	public static class FakeEscalations {

		public String groupFor(String deadlineKey, Object unitId) {
			return "HEAD_APPROVAL".equals(deadlineKey) ? "role-manager" : "unit-" + unitId + "-head";
		}

	}

}

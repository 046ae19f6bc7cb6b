package vn.gov.cbccvc.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
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
 * Every path of the change-of-data process with the services replaced: approved at once, returned by the reviewer
 * and by the head (loops back to the employee), the employee's and the head's missed deadlines with escalation and
 * follow-up, and withdrawal. The deadlines themselves (working days) are proven with the real calendar in
 * {@code DataChangeEndToEndTest}.
 */
@Deployment(resources = "processes/data-change.bpmn")
class DataChangeProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
		.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	final List<String> calls = new ArrayList<>();

	final Map<String, Object> dueFrom = new HashMap<>();

	@BeforeEach
	void registerServices() {
		BpmnAwareTests.init(engine.getProcessEngine());
		for (String delegate : List.of("signChangeVersionDelegate", "handOverChangeForSyncDelegate",
				"returnProposalDelegate", "recordChangeWithdrawalDelegate", "reportOverdueDelegate")) {
			Mocks.register(delegate, (JavaDelegate) execution -> this.calls
				.add(delegate + ":" + execution.getVariableLocal("deadlineKey")));
		}
		Mocks.register("submitProposalDelegate", (JavaDelegate) execution -> {
			this.calls.add("submit:" + execution.getVariable("employeeSigns"));
			execution.setVariable("submittedDate", "2026-03-09");
		});
		Mocks.register("deadlines", new WeekLongDeadlines(this.dueFrom));
		Mocks.register("escalations", new FakeEscalations());
		Mocks.register("resolveOverdueListener", (ExecutionListener) e -> this.calls.add("resolveOverdue"));
		Mocks.register("dataChangeActors", (TaskListener) t -> this.calls.add("actor:" + t.getTaskDefinitionKey()));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void employeeProposes_clerkPasses_headApproves_newVersionSignedAndQueuedForSync() {
		ProcessInstance pi = start(true);

		assertThat(pi).isWaitingAt(DataChangeProcess.TASK_PROPOSE);
		assertThat(task()).isAssignedTo("033090000006");
		assertThat(this.dueFrom).containsEntry("CHANGE_DECLARATION", "2026-03-02");
		complete(task());
		execute(jobFor("Task_SubmitProposal"));
		assertThat(task()).hasDefinitionKey(DataChangeProcess.TASK_REVIEW).hasCandidateGroup("unit-7-clerk");
		complete(task(), withVariables("reviewPassed", true, "returnReasons", ""));
		assertThat(task()).hasDefinitionKey(DataChangeProcess.TASK_APPROVE).hasCandidateGroup("unit-7-head");
		assertThat(this.dueFrom).containsEntry("CHANGE_APPROVAL", "2026-03-09");
		complete(task(), withVariables("headApproved", true, "returnReasons", ""));
		execute(jobFor("Task_SignChangeVersion"));
		execute(jobFor("Task_HandOverChangeForSync"));

		assertThat(pi).isEnded()
			.hasPassedInOrder(DataChangeProcess.TASK_PROPOSE, "Task_SubmitProposal", DataChangeProcess.TASK_REVIEW,
					DataChangeProcess.TASK_APPROVE, "Task_SignChangeVersion", "Task_HandOverChangeForSync",
					"EndEvent_ChangeApproved")
			.hasNotPassed("Task_ReturnProposal", "Task_RecordChangeWithdrawal");
		assertThat(this.calls).containsSubsequence("actor:" + DataChangeProcess.TASK_PROPOSE, "resolveOverdue",
				"submit:true", "actor:" + DataChangeProcess.TASK_REVIEW, "actor:" + DataChangeProcess.TASK_APPROVE,
				"resolveOverdue", "signChangeVersionDelegate:null", "handOverChangeForSyncDelegate:null");
	}

	@Test
	void reviewerReturnsWithReasons_backToTheEmployee_thenTheHeadReturns_backAgain() {
		ProcessInstance pi = start(false);

		propose();
		complete(taskFor(DataChangeProcess.TASK_REVIEW),
				withVariables("reviewPassed", false, "returnReasons", "Thiếu bản quét minh chứng"));
		execute(jobFor("Task_ReturnProposal"));
		assertThat(pi).isWaitingAt(DataChangeProcess.TASK_PROPOSE);
		assertThat(runtimeService().getVariable(pi.getId(), "returnReasons")).isEqualTo("Thiếu bản quét minh chứng");

		propose();
		complete(taskFor(DataChangeProcess.TASK_REVIEW), withVariables("reviewPassed", true));
		complete(taskFor(DataChangeProcess.TASK_APPROVE),
				withVariables("headApproved", false, "returnReasons", "Sai ngày cấp"));
		execute(jobFor("Task_ReturnProposal"));

		assertThat(pi).isWaitingAt(DataChangeProcess.TASK_PROPOSE).hasNotPassed("Task_SignChangeVersion");
		assertThat(this.calls).filteredOn("returnProposalDelegate:null"::equals).hasSize(2);
		assertThat(this.calls).contains("submit:false");
	}

	@Test
	void employeeMissesTheDeclarationDeadline_escalatedToTheClerk_followUpEndsWhenDeclared() {
		ProcessInstance pi = start(false);

		missDeadline(pi, "Timer_DeclarationDeadline", "Task_ReportDeclarationOverdue");

		assertThat(pi).isWaitingAt(DataChangeProcess.TASK_PROPOSE, DataChangeProcess.TASK_FOLLOW_UP_PROPOSAL);
		assertThat(taskFor(DataChangeProcess.TASK_FOLLOW_UP_PROPOSAL)).hasCandidateGroup("escalate-CHANGE_DECLARATION-7");
		assertThat(this.calls).contains("reportOverdueDelegate:CHANGE_DECLARATION");
		propose();
		assertThat(taskQuery().taskDefinitionKey(DataChangeProcess.TASK_FOLLOW_UP_PROPOSAL).count()).isZero();
	}

	@Test
	void clerkFollowsUpTheOverdueDeclaration_thenTheEmployeeDeclares() {
		ProcessInstance pi = start(false);
		missDeadline(pi, "Timer_DeclarationDeadline", "Task_ReportDeclarationOverdue");

		complete(taskFor(DataChangeProcess.TASK_FOLLOW_UP_PROPOSAL));

		assertThat(pi).hasPassed("EndEvent_ProposalFollowedUp").isWaitingAt(DataChangeProcess.TASK_PROPOSE);
	}

	@Test
	void headMissesTheApprovalDeadline_escalated_followedUp_thenApproves() {
		ProcessInstance pi = start(false);
		propose();
		complete(taskFor(DataChangeProcess.TASK_REVIEW), withVariables("reviewPassed", true));

		missDeadline(pi, "Timer_ApprovalDeadline", "Task_ReportApprovalOverdue");
		assertThat(taskFor(DataChangeProcess.TASK_FOLLOW_UP_APPROVAL)).hasCandidateGroup("escalate-CHANGE_APPROVAL-7");
		assertThat(this.calls).contains("reportOverdueDelegate:CHANGE_APPROVAL");
		complete(taskFor(DataChangeProcess.TASK_FOLLOW_UP_APPROVAL));
		assertThat(pi).hasPassed("EndEvent_ApprovalFollowedUp").isWaitingAt(DataChangeProcess.TASK_APPROVE);
		complete(taskFor(DataChangeProcess.TASK_APPROVE), withVariables("headApproved", true));

		assertThat(pi).isWaitingAt("Task_SignChangeVersion");
	}

	@Test
	void withdrawnWhileUnderReview_draftResetAndNothingSigned() {
		ProcessInstance pi = start(false);
		propose();

		runtimeService().createMessageCorrelation(DataChangeProcess.MESSAGE_WITHDRAWN)
			.processInstanceId(pi.getId())
			.setVariable("withdrawalReason", "Nhập nhầm")
			.correlate();
		execute(jobFor("Task_RecordChangeWithdrawal"));

		assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("Task_SignChangeVersion");
		assertThat(this.calls).contains("recordChangeWithdrawalDelegate:null");
		assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
	}

	// ---------------------------------------------------------------------------------------------------

	ProcessInstance start(boolean employeeSigns) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("personId", 42L);
		vars.put("unitId", 7L);
		vars.put("dataChangeId", 5L);
		vars.put("eventDate", "2026-03-02");
		vars.put("employeeUsername", "033090000006");
		vars.put("clerkGroup", "unit-7-clerk");
		vars.put("headGroup", "unit-7-head");
		vars.put("employeeSigns", employeeSigns);
		return runtimeService().startProcessInstanceByKey(DataChangeProcess.KEY, "CHG-5", vars);
	}

	void propose() {
		complete(taskFor(DataChangeProcess.TASK_PROPOSE));
		execute(jobFor("Task_SubmitProposal"));
	}

	void missDeadline(ProcessInstance pi, String timer, String report) {
		Job job = jobQuery().processInstanceId(pi.getId()).activityId(timer).singleResult();
		assertThat(job).isNotNull();
		execute(job);
		execute(jobFor(report));
	}

	static Job jobFor(String activityId) {
		return jobQuery().activityId(activityId).singleResult();
	}

	static org.camunda.bpm.engine.task.Task taskFor(String key) {
		return taskQuery().taskDefinitionKey(key).singleResult();
	}

	public static class FakeEscalations {

		public String groupFor(String deadlineKey, Object unitId) {
			return "escalate-" + deadlineKey + "-" + unitId;
		}

	}

}

package vn.gov.cbccvc.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The daily window check: no window today, batches per unit signed in time, a batch carried over at close. */
@Deployment(resources = "processes/monthly-approval-window.bpmn")
class MonthlyApprovalWindowProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
		.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final Date CLOSES_AT = new Date(System.currentTimeMillis() + 3L * 24 * 3600 * 1000);

	final List<String> opened = new ArrayList<>();

	final List<String> calls = new ArrayList<>();

	@BeforeEach
	void registerServices() {
		// several engines live in this JVM (the Spring tests' too): assert against this one
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("openDueWindowsDelegate",
				(JavaDelegate) execution -> execution.setVariable("batchIds", new ArrayList<>(this.opened)));
		Mocks.register("applyBatchDecisionsDelegate",
				(JavaDelegate) execution -> this.calls.add("apply:" + execution.getVariable("batchId")));
		Mocks.register("carryOverBatchDelegate",
				(JavaDelegate) execution -> this.calls.add("carryOver:" + execution.getVariable("batchId")));
		Mocks.register("approvalBatches", new FakeBatches());
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset();
	}

	@Test
	void dayWithoutWindow_endsWithoutTasks() {
		String pi = fireDailyTimer();

		execute(jobQuery().processInstanceId(pi).activityId("Task_OpenDueWindows").singleResult());

		HistoricProcessInstance done = historyService().createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult();
		assertThat(done.getEndActivityId()).isEqualTo("EndEvent_NoWindowToday");
	}

	@Test
	void windowOpens_eachUnitHeadGetsOneBatchTask_signedBatchesApplied() {
		this.opened.addAll(List.of("B-7-HEAD", "B-9-HEAD"));
		String pi = fireDailyTimer();
		execute(jobQuery().processInstanceId(pi).activityId("Task_OpenDueWindows").singleResult());
		jobQuery().processInstanceId(pi).list().stream().filter(j -> j.getDuedate() == null).forEach(j -> execute(j));

		List<Task> batches = taskQuery().processInstanceId(pi).taskDefinitionKey("Task_SignMonthlyBatch").list();
		assertThat(batches).hasSize(2);
		assertThat(batches).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(CLOSES_AT));
		assertThat(taskQuery().taskCandidateGroup("unit-7-head").count()).isEqualTo(1);
		assertThat(taskQuery().taskCandidateGroup("unit-9-head").count()).isEqualTo(1);

		batches.forEach(t -> complete(t));
		jobQuery().processInstanceId(pi).activityId("Task_ApplyBatchDecisions").list().forEach(j -> execute(j));

		assertThat(this.calls).containsExactlyInAnyOrder("apply:B-7-HEAD", "apply:B-9-HEAD");
		assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_WindowsHandled");
	}

	@Test
	void windowClosesWithBatchUnsigned_escalatedAndCarriedIntoNextWindow() {
		this.opened.add("B-7-HEAD");
		String pi = fireDailyTimer();
		execute(jobQuery().processInstanceId(pi).activityId("Task_OpenDueWindows").singleResult());
		jobQuery().processInstanceId(pi).list().stream().filter(j -> j.getDuedate() == null).forEach(j -> execute(j));

		Job close = jobQuery().processInstanceId(pi).activityId("Timer_WindowClosed").singleResult();
		assertThat(close.getDuedate()).isEqualTo(CLOSES_AT);
		execute(close);
		execute(jobQuery().processInstanceId(pi).activityId("Task_EscalateAndCarryOver").singleResult());

		assertThat(this.calls).containsExactly("carryOver:B-7-HEAD");
		assertThat(taskQuery().processInstanceId(pi).count()).isZero();
	}

	/** The timer start event fires as a job; the instance it starts waits before its first service task. */
	static String fireDailyTimer() {
		Job timer = jobQuery().processDefinitionKey("Process_MonthlyApprovalWindow").timers().singleResult();
		assertThat(timer).isNotNull();
		execute(timer);
		return jobQuery().activityId("Task_OpenDueWindows").singleResult().getProcessInstanceId();
	}

	public static class FakeBatches {

		public String approverGroup(String batchId) {
			return "unit-" + batchId.split("-")[1] + "-head";
		}

		public Date windowClosesAt(String batchId) {
			return CLOSES_AT;
		}

	}

}

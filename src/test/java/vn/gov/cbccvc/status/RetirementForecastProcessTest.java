package vn.gov.cbccvc.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.JavaDelegate;
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

/** The daily retirement forecast: one province-wide timer, the start of due retirements as a retried job. */
@Deployment(resources = "processes/retirement-forecast.bpmn")
class RetirementForecastProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
		.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	final AtomicInteger runs = new AtomicInteger();

	@BeforeEach
	void registerServices() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("startDueRetirementsDelegate", (JavaDelegate) e -> e.setVariable("startedCount",
				this.runs.incrementAndGet()));
	}

	@AfterEach
	void resetMocks() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void dailyTimerStartsTheForecast_whichStartsDueRetirementsAsynchronously() {
		Job timer = jobQuery().timers().singleResult();
		assertThat(timer).as("one province-wide daily timer").isNotNull();
		execute(timer);

		ProcessInstance run = processInstanceQuery().processDefinitionKey("Process_RetirementForecast").singleResult();
		assertThat(run).isWaitingAt("Task_StartDueRetirements");
		execute(jobQuery().processInstanceId(run.getId()).singleResult());

		assertThat(run).isEnded().hasPassed("EndEvent_ForecastDone");
		assertThat(this.runs.get()).isEqualTo(1);
		assertThat(jobQuery().timers().count()).as("the next day's timer").isEqualTo(1);
	}

}

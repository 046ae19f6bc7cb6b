package vn.gov.cbccvc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house rules of processes/*.bpmn, which Cockpit, Tasklist and a lawyer reading the diagram rely on: ids are
 * ASCII English {@code Type_Name}, every flow node has a Vietnamese name (merge gateways excepted) and
 * documentation, every user task has a form, and every process has a history time to live.
 */
class BpmnConventionsTest {

	private static final Set<String> TYPES = Set.of("Process", "StartEvent", "EndEvent", "Task", "Gateway", "Timer",
			"SubProcess", "SequenceFlow", "Boundary", "Event", "Message", "Error", "Lane", "LaneSet", "CallActivity");

	static Stream<Path> processes() throws IOException {
		return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
	}

	@ParameterizedTest
	@MethodSource("processes")
	void idsAreTypeUnderscoreName_inAscii(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		List<String> wrong = new ArrayList<>();
		for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
			String id = element.getId();
			if (id == null || id.endsWith("_di")) {
				continue;
			}
			String type = id.contains("_") ? id.substring(0, id.indexOf('_')) : "";
			boolean eventDefinition = id.matches("(Timer|Message|Error|Terminate|Escalation|Signal)EventDefinition_\\w+");
			if (!id.matches("[A-Za-z]+_[A-Za-z0-9_]+") || !(TYPES.contains(type) || eventDefinition)
					|| id.matches(".*_[0-9a-z]{7}$")) {
				wrong.add(id);
			}
		}
		assertThat(wrong).as(file + ": ids not Type_Name").isEmpty();
	}

	@ParameterizedTest
	@MethodSource("processes")
	void everyFlowNodeIsNamedAndDocumented(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		List<String> unnamed = new ArrayList<>();
		List<String> undocumented = new ArrayList<>();
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			if (element instanceof SequenceFlow) {
				continue;
			}
			boolean merge = element instanceof Gateway gateway && gateway.getOutgoing().size() == 1;
			if (!merge && (element.getName() == null || element.getName().isBlank())) {
				unnamed.add(element.getId());
			}
			if (element instanceof FlowNode && element.getDocumentations().isEmpty()) {
				undocumented.add(element.getId());
			}
		}
		assertThat(unnamed).as(file + ": flow nodes without a Vietnamese name").isEmpty();
		assertThat(undocumented).as(file + ": flow nodes without documentation").isEmpty();
	}

	@ParameterizedTest
	@MethodSource("processes")
	void everyUserTaskHasAFormAndEveryProcessAHistoryTimeToLive(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			assertThat(task.getCamundaFormRef() != null || task.getCamundaFormKey() != null)
				.as(file + ": " + task.getId() + " has a Camunda form or a page").isTrue();
		}
		for (Process process : model.getModelElementsByType(Process.class)) {
			assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId() + " history TTL").isNotBlank();
		}
	}

}

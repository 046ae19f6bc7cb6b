package vn.gov.cbccvc.approval;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.security.EngineAsSystem;

/** The batch tasks ({@code Task_SignMonthlyBatch}) of the window process, read as the system. */
@Component
class BatchTasks {

	static final String SIGN_TASK = "Task_SignMonthlyBatch";

	private final TaskService tasks;

	private final EngineAsSystem system;

	BatchTasks(TaskService tasks, EngineAsSystem system) {
		this.tasks = tasks;
		this.system = system;
	}

	/** An open batch task by id; empty for any other task. */
	Optional<Task> signTask(String taskId) {
		Task task = this.system.call(() -> this.tasks.createTaskQuery().taskId(taskId).singleResult());
		return Optional.ofNullable(task).filter(t -> SIGN_TASK.equals(t.getTaskDefinitionKey()));
	}

	Set<String> candidateGroups(String taskId) {
		return this.system.call(() -> this.tasks.getIdentityLinksForTask(taskId))
			.stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.collect(Collectors.toSet());
	}

	Optional<Long> batchIdOf(String taskId) {
		Object value = this.system.call(() -> this.tasks.getVariable(taskId, "batchId"));
		return Optional.ofNullable(value).map(ApprovalBatches::id);
	}

	/** The open task of {@code batch}: one per approver group in the process instance that opened it. */
	Optional<Task> openTaskOf(Batch batch) {
		Task task = this.system.call(() -> this.tasks.createTaskQuery()
			.processInstanceId(batch.processInstanceId())
			.taskDefinitionKey(SIGN_TASK)
			.taskCandidateGroup(batch.approverGroup())
			.includeAssignedTasks()
			.singleResult());
		return Optional.ofNullable(task).filter(t -> batchIdOf(t.getId()).orElse(-1L) == batch.id());
	}

}

package vn.gov.cbccvc.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.CurrentUsers;

/**
 * User tasks through the domain API, the same way as in Tasklist: a task is the caller's when it is assigned to
 * them or offered to one of their groups (the engine's authorizations apply too); completing an unclaimed task
 * claims it first, so history shows who did it.
 */
@Component
public class UserTasks {

	private final TaskService tasks;

	private final CurrentUsers users;

	UserTasks(TaskService tasks, CurrentUsers users) {
		this.tasks = tasks;
		this.users = users;
	}

	/**
	 * The caller's task {@code taskId}, of process {@code processKey} and step {@code expectedKey} when given.
	 */
	public Task requireOwn(String taskId, String processKey, String expectedKey) {
		CurrentUser user = this.users.require();
		TaskQuery query = this.tasks.createTaskQuery().taskId(taskId);
		Task task = (processKey == null ? query : query.processDefinitionKey(processKey)).singleResult();
		if (task == null) {
			throw new DomainException(HttpStatus.NOT_FOUND, "task.not-found", "Không có việc " + taskId,
					"No task " + taskId);
		}
		if (expectedKey != null && !expectedKey.equals(task.getTaskDefinitionKey())) {
			throw DomainException.conflict("task.wrong-step", "Việc này không phải bước " + expectedKey,
					"This task is not the step " + expectedKey);
		}
		boolean assigned = user.username().equals(task.getAssignee());
		boolean offered = task.getAssignee() == null && this.tasks.createTaskQuery()
			.taskId(taskId)
			.taskCandidateGroupIn(new ArrayList<>(user.groupIds()))
			.count() > 0;
		if (!assigned && !offered && !user.isAccountAdmin()) {
			throw new DomainException(HttpStatus.FORBIDDEN, "task.not-yours", "Việc này không giao cho bạn",
					"This task is not yours");
		}
		return task;
	}

	/**
	 * Claims the task for the caller when nobody holds it, then completes it with {@code variables}; one
	 * transaction, so a completion a task listener refuses leaves the task unclaimed.
	 */
	@Transactional
	public void complete(Task task, Map<String, Object> variables) {
		if (task.getAssignee() == null) {
			this.tasks.claim(task.getId(), this.users.require().username());
		}
		try {
			this.tasks.complete(task.getId(), variables);
		}
		catch (ProcessEngineException ex) {
			// a complete listener refused the step: answer with its domain reason, not the engine's wrapper
			throw domainCause(ex).orElseThrow(() -> ex);
		}
	}

	private static Optional<DomainException> domainCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DomainException domain) {
				return Optional.of(domain);
			}
		}
		return Optional.empty();
	}

	/** A yes/no decision with reasons, as a reviewer or a head gives it; a "no" needs its reasons. */
	public record Decision(Boolean approved, String reasons) {

		/** The decision as the task's variables hold it (from a Tasklist form or {@link #variables}). */
		public static Decision of(VariableScope scope, String decisionVariable, String reasonsVariable) {
			Object decision = scope.getVariable(decisionVariable);
			Object reasons = scope.getVariable(reasonsVariable);
			return new Decision(decision instanceof Boolean b ? b : null, reasons == null ? null : reasons.toString());
		}

		/**
		 * Complete listeners: refuses a completion without the decision or a "no" without reasons (whether from
		 * Tasklist or the API). A "yes" clears the reasons: Tasklist's form does not send its hidden reasons field,
		 * so the variable would still hold the reasons of an earlier return.
		 */
		public static void require(DelegateTask task, String decisionVariable, String reasonsVariable) {
			Decision decision = of(task, decisionVariable, reasonsVariable);
			Decision kept = Boolean.TRUE.equals(decision.approved()) ? new Decision(true, null) : decision;
			task.setVariables(kept.variables(decisionVariable, reasonsVariable));
		}

		public Map<String, Object> variables(String decisionVariable, String reasonsVariable) {
			if (this.approved == null) {
				throw DomainException.invalid("decision.required", "Chưa chọn kết quả", "The decision is missing");
			}
			if (!this.approved && (this.reasons == null || this.reasons.isBlank())) {
				throw DomainException.invalid("decision.reasons-required", "Trả lại phải ghi rõ lý do",
						"A return needs its reasons");
			}
			Map<String, Object> vars = new HashMap<>();
			vars.put(decisionVariable, this.approved);
			vars.put(reasonsVariable, this.reasons == null ? "" : this.reasons);
			return vars;
		}

	}

}

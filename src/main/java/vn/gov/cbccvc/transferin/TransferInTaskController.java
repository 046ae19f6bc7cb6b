package vn.gov.cbccvc.transferin;

import java.util.Date;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.workflow.UserTasks;

/**
 * DoHA's transfer-in tasks through the API (the same steps as in Tasklist): pull, decide after a record was not
 * found, follow up an overdue pull. The employee's check, review and approval are onboarding tasks
 * ({@code /api/onboarding-tasks}).
 */
@RestController
@RequestMapping("/api/transfer-in-tasks")
@Tag(name = "Việc tiếp nhận chuyển đến / Transfer-in tasks", description = "Pull from the national DB, retry or cancel, follow-up")
class TransferInTaskController {

	private final TaskService tasks;

	private final UserTasks userTasks;

	TransferInTaskController(TaskService tasks, UserTasks userTasks) {
		this.tasks = tasks;
		this.userTasks = userTasks;
	}

	@GetMapping("/{taskId}")
	@Operation(summary = "Tóm tắt một việc / A task's summary")
	TaskSummary get(@PathVariable String taskId) {
		Task task = mine(taskId, null);
		Map<String, Object> vars = this.tasks.getVariables(task.getId());
		return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
				task.getFollowUpDate(), number(vars.get(TransferInProcess.TRANSFER_IN_ID)),
				number(vars.get(TransferInProcess.UNIT_ID)), (String) vars.get(TransferInProcess.PULL_PROBLEM),
				task.getAssignee());
	}

	@PostMapping("/{taskId}/pull")
	@Operation(summary = "Đồng bộ hồ sơ từ CSDL quốc gia / Pull the record from the national DB (TT06 Art. 11.1b, HY Art. 11.2)")
	ResponseEntity<Void> pull(@PathVariable String taskId) {
		return complete(mine(taskId, TransferInProcess.TASK_PULL), Map.of());
	}

	@PostMapping("/{taskId}/not-found")
	@Operation(summary = "Không có hồ sơ: thử lại hoặc hủy kèm lý do / Record not found: retry, or cancel with a reason")
	ResponseEntity<Void> resolve(@PathVariable String taskId, @RequestBody NotFoundDecision decision) {
		Task task = mine(taskId, TransferInProcess.TASK_RESOLVE_NOT_FOUND);
		return complete(task, (decision == null ? new NotFoundDecision(null, null) : decision).variables());
	}

	@PostMapping("/{taskId}/follow-up")
	@Operation(summary = "Đã đôn đốc việc quá hạn / Overdue pull followed up (TT06 Art. 15.3)")
	ResponseEntity<Void> followUp(@PathVariable String taskId) {
		return complete(mine(taskId, TransferInProcess.TASK_FOLLOW_UP), Map.of());
	}

	private ResponseEntity<Void> complete(Task task, Map<String, Object> variables) {
		this.userTasks.complete(task, variables);
		return ResponseEntity.noContent().build();
	}

	private Task mine(String taskId, String expectedKey) {
		return this.userTasks.requireOwn(taskId, TransferInProcess.KEY, expectedKey);
	}

	private static Long number(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	record TaskSummary(String taskId, String taskDefinitionKey, String name, Date due, Date followUp,
			Long transferInId, Long unitId, String pullProblem, String assignee) {
	}

}

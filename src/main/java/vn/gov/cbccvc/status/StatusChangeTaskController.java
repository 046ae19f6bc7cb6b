package vn.gov.cbccvc.status;

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
 * The status change's user tasks through the API (the same steps as in Tasklist): the task must be the caller's
 * own or offered to one of their groups; the engine's authorization checks apply as well.
 */
@RestController
@RequestMapping("/api/status-change-tasks")
@Tag(name = "Việc cập nhật tình trạng / Status-change tasks", description = "Prepare, head's signature, follow-up")
class StatusChangeTaskController {

	private final TaskService tasks;

	private final UserTasks userTasks;

	StatusChangeTaskController(TaskService tasks, UserTasks userTasks) {
		this.tasks = tasks;
		this.userTasks = userTasks;
	}

	@GetMapping("/{taskId}")
	@Operation(summary = "Tóm tắt một việc / A task's summary")
	TaskSummary get(@PathVariable String taskId) {
		Task task = mine(taskId, null);
		Map<String, Object> vars = this.tasks.getVariables(task.getId());
		return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
				task.getFollowUpDate(), number(vars.get(StatusChangeProcess.STATUS_CHANGE_ID)),
				number(vars.get(StatusChangeProcess.PERSON_ID)), (String) vars.get(StatusChangeProcess.KIND),
				(String) vars.get(StatusChangeProcess.HEAD_REASONS), task.getAssignee());
	}

	@PostMapping("/{taskId}/prepare")
	@Operation(summary = "Hoàn thành chuẩn bị (bổ sung số, ngày, người ký văn bản) / Prepared (TT06 Art. 11.2, HY Art. 11.3, HCM Art. 8.4)")
	ResponseEntity<Void> prepare(@PathVariable String taskId,
			@RequestBody(required = false) StatusChangeService.DocumentDetails document) {
		// the task's complete listener (statusChangeActors) checks and records the document, as from Tasklist
		StatusChangeService.DocumentDetails details = document == null
				? new StatusChangeService.DocumentDetails(null, null, null, null) : document;
		return complete(mine(taskId, StatusChangeProcess.TASK_PREPARE), details.variables());
	}

	@PostMapping("/{taskId}/signature")
	@Operation(summary = "Thủ trưởng ký duyệt hoặc trả lại kèm lý do / Head signs or returns with reasons (TT06 Art. 8.4)")
	ResponseEntity<Void> sign(@PathVariable String taskId, @RequestBody UserTasks.Decision decision) {
		return complete(mine(taskId, StatusChangeProcess.TASK_SIGN),
				decision.variables(StatusChangeProcess.HEAD_SIGNED, StatusChangeProcess.HEAD_REASONS));
	}

	@PostMapping("/{taskId}/follow-up")
	@Operation(summary = "Đã đôn đốc việc quá hạn / Overdue work followed up (TT06 Art. 15.3)")
	ResponseEntity<Void> followUp(@PathVariable String taskId) {
		return complete(mine(taskId, StatusChangeProcess.TASK_FOLLOW_UP), Map.of());
	}

	private ResponseEntity<Void> complete(Task task, Map<String, Object> variables) {
		this.userTasks.complete(task, variables);
		return ResponseEntity.noContent().build();
	}

	private Task mine(String taskId, String expectedKey) {
		return this.userTasks.requireOwn(taskId, StatusChangeProcess.KEY, expectedKey);
	}

	private static Long number(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	record TaskSummary(String taskId, String taskDefinitionKey, String name, Date due, Date followUp,
			Long statusChangeId, Long personId, String kind, String headReasons, String assignee) {
	}

}

package vn.gov.cbccvc.status;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.CurrentUsers;

/**
 * The status change's user tasks through the API (the same steps as in Tasklist): the task must be the caller's
 * own or offered to one of their groups; the engine's authorization checks apply as well.
 */
@RestController
@RequestMapping("/api/status-change-tasks")
@Tag(name = "Việc cập nhật tình trạng / Status-change tasks", description = "Prepare, head's signature, follow-up")
class StatusChangeTaskController {

	private final TaskService tasks;

	private final CurrentUsers users;

	private final StatusChangeService requests;

	StatusChangeTaskController(TaskService tasks, CurrentUsers users, StatusChangeService requests) {
		this.tasks = tasks;
		this.users = users;
		this.requests = requests;
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
		Task task = mine(taskId, StatusChangeProcess.TASK_PREPARE);
		this.requests.completeDocument(number(this.tasks.getVariable(taskId, StatusChangeProcess.STATUS_CHANGE_ID)),
				document);
		return complete(task, Map.of());
	}

	@PostMapping("/{taskId}/signature")
	@Operation(summary = "Thủ trưởng ký duyệt hoặc trả lại kèm lý do / Head signs or returns with reasons (TT06 Art. 8.4)")
	ResponseEntity<Void> sign(@PathVariable String taskId, @RequestBody Decision decision) {
		return complete(mine(taskId, StatusChangeProcess.TASK_SIGN), decision.variables());
	}

	@PostMapping("/{taskId}/follow-up")
	@Operation(summary = "Đã đôn đốc việc quá hạn / Overdue work followed up (TT06 Art. 15.3)")
	ResponseEntity<Void> followUp(@PathVariable String taskId) {
		return complete(mine(taskId, StatusChangeProcess.TASK_FOLLOW_UP), Map.of());
	}

	private ResponseEntity<Void> complete(Task task, Map<String, Object> variables) {
		if (task.getAssignee() == null) {
			this.tasks.claim(task.getId(), this.users.require().username());
		}
		this.tasks.complete(task.getId(), variables);
		return ResponseEntity.noContent().build();
	}

	private Task mine(String taskId, String expectedKey) {
		CurrentUser user = this.users.require();
		Task task = this.tasks.createTaskQuery().taskId(taskId).processDefinitionKey(StatusChangeProcess.KEY)
			.singleResult();
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

	private static Long number(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	record TaskSummary(String taskId, String taskDefinitionKey, String name, Date due, Date followUp,
			Long statusChangeId, Long personId, String kind, String headReasons, String assignee) {
	}

	/** The head's decision; a return needs its reasons. */
	record Decision(Boolean approved, String reasons) {

		Map<String, Object> variables() {
			if (this.approved == null) {
				throw DomainException.invalid("decision.required", "Chưa chọn kết quả", "The decision is missing");
			}
			if (!this.approved && (this.reasons == null || this.reasons.isBlank())) {
				throw DomainException.invalid("decision.reasons-required", "Trả lại phải ghi rõ lý do",
						"A return needs its reasons");
			}
			Map<String, Object> vars = new HashMap<>();
			vars.put(StatusChangeProcess.HEAD_SIGNED, this.approved);
			vars.put(StatusChangeProcess.HEAD_REASONS, this.reasons == null ? "" : this.reasons);
			return vars;
		}

	}

}

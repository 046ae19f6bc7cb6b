package vn.gov.cbccvc.transfer;

import java.util.Date;
import java.util.List;
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

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.workflow.UserTasks;

/**
 * The transfers' user tasks through the API (the same steps as in Tasklist): the task must be the caller's own or
 * offered to one of their groups; the engine's authorization checks apply as well.
 */
@RestController
@RequestMapping("/api/transfer-tasks")
@Tag(name = "Việc điều chuyển hồ sơ / Transfer tasks", description = "Hand-over, acceptance, head's signature, follow-up")
class TransferTaskController {

	private static final List<String> FOLLOW_UPS = List.of(TransferProcess.TASK_FOLLOW_UP_HAND_OVER,
			TransferProcess.TASK_FOLLOW_UP_ACCEPT, TransferProcess.TASK_FOLLOW_UP_SIGN,
			TransferProcess.TASK_FOLLOW_UP_PREPARE_OUT, TransferProcess.TASK_FOLLOW_UP_SIGN_OUT);

	private final TaskService tasks;

	private final UserTasks userTasks;

	TransferTaskController(TaskService tasks, UserTasks userTasks) {
		this.tasks = tasks;
		this.userTasks = userTasks;
	}

	@GetMapping("/{taskId}")
	@Operation(summary = "Tóm tắt một việc / A task's summary")
	TaskSummary get(@PathVariable String taskId) {
		Task task = this.userTasks.requireOwn(taskId, null, null);
		Map<String, Object> vars = this.tasks.getVariables(task.getId());
		if (vars.get(TransferProcess.TRANSFER_ID) == null) {
			throw DomainException.conflict("task.wrong-process", "Việc này không thuộc quy trình điều chuyển",
					"This task is not a transfer step");
		}
		return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
				task.getFollowUpDate(), number(vars.get(TransferProcess.TRANSFER_ID)),
				number(vars.get(TransferProcess.PERSON_ID)), (String) vars.get(TransferProcess.KIND),
				(String) vars.get(TransferProcess.REFUSAL_REASONS), (String) vars.get(TransferProcess.HEAD_REASONS),
				task.getAssignee());
	}

	@PostMapping("/{taskId}/hand-over")
	@Operation(summary = "Bên chuyển bàn giao hồ sơ (đã kiểm tra đầy đủ) / The sending clerk hands the complete record over (HY Art. 11.1, HCM Art. 8.1, 8.2)")
	ResponseEntity<Void> handOver(@PathVariable String taskId) {
		return complete(mine(taskId, TransferProcess.KEY, TransferProcess.TASK_HAND_OVER), Map.of());
	}

	@PostMapping("/{taskId}/acceptance")
	@Operation(summary = "Bên nhận tiếp nhận, hoặc từ chối kèm lý do / The receiving clerk accepts, or refuses with reasons")
	ResponseEntity<Void> accept(@PathVariable String taskId, @RequestBody UserTasks.Decision decision) {
		return complete(mine(taskId, TransferProcess.KEY, TransferProcess.TASK_ACCEPT),
				decision.variables(TransferProcess.ACCEPTED, TransferProcess.REFUSAL_REASONS));
	}

	@PostMapping("/{taskId}/signature")
	@Operation(summary = "Thủ trưởng ký duyệt hoặc trả lại kèm lý do / Head signs or returns with reasons (TT06 Art. 8.4)")
	ResponseEntity<Void> sign(@PathVariable String taskId, @RequestBody UserTasks.Decision decision) {
		Task task = this.userTasks.requireOwn(taskId, null, null);
		if (!TransferProcess.TASK_SIGN.equals(task.getTaskDefinitionKey())
				&& !TransferProcess.TASK_SIGN_OUT.equals(task.getTaskDefinitionKey())) {
			throw wrongStep();
		}
		return complete(task, decision.variables(TransferProcess.HEAD_SIGNED, TransferProcess.HEAD_REASONS));
	}

	@PostMapping("/{taskId}/prepare")
	@Operation(summary = "Bên chuyển chuẩn bị hồ sơ chuyển ra ngoài / The releasing clerk has prepared the transfer out (TT06 Art. 11.1a)")
	ResponseEntity<Void> prepare(@PathVariable String taskId) {
		return complete(mine(taskId, TransferProcess.KEY_OUT, TransferProcess.TASK_PREPARE_OUT), Map.of());
	}

	@PostMapping("/{taskId}/follow-up")
	@Operation(summary = "Đã đôn đốc việc quá hạn / Overdue work followed up (TT06 Art. 15.3)")
	ResponseEntity<Void> followUp(@PathVariable String taskId) {
		Task task = this.userTasks.requireOwn(taskId, null, null);
		if (!FOLLOW_UPS.contains(task.getTaskDefinitionKey())) {
			throw wrongStep();
		}
		return complete(task, Map.of());
	}

	private ResponseEntity<Void> complete(Task task, Map<String, Object> variables) {
		this.userTasks.complete(task, variables);
		return ResponseEntity.noContent().build();
	}

	private Task mine(String taskId, String processKey, String expectedKey) {
		return this.userTasks.requireOwn(taskId, processKey, expectedKey);
	}

	private static DomainException wrongStep() {
		return DomainException.conflict("task.wrong-step", "Việc này không phải bước này của quy trình điều chuyển",
				"This task is not this step of a transfer");
	}

	private static Long number(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	record TaskSummary(String taskId, String taskDefinitionKey, String name, Date due, Date followUp, Long transferId,
			Long personId, String kind, String refusalReasons, String headReasons, String assignee) {
	}

}

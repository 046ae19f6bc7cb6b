package vn.gov.cbccvc.onboarding;

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
 * The onboarding's user tasks through the API (the same steps as in Tasklist): the task must be the caller's own
 * or offered to one of their groups; the engine's authorization checks apply as well.
 */
@RestController
@RequestMapping("/api/onboarding-tasks")
@Tag(name = "Việc tiếp nhận / Onboarding tasks", description = "Confirm account, submit self-entry, review, approve")
class OnboardingTaskController {

	private final TaskService tasks;

	private final UserTasks userTasks;

	OnboardingTaskController(TaskService tasks, UserTasks userTasks) {
		this.tasks = tasks;
		this.userTasks = userTasks;
	}

	@GetMapping("/{taskId}")
	@Operation(summary = "Tóm tắt một việc / A task's summary")
	TaskSummary get(@PathVariable String taskId) {
		Task task = mine(taskId, null);
		Map<String, Object> vars = this.tasks.getVariables(task.getId());
		return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
				task.getFollowUpDate(), number(vars.get(OnboardingProcess.PERSON_ID)),
				number(vars.get(OnboardingProcess.UNIT_ID)), task.getProcessInstanceId(),
				vars.get(OnboardingProcess.PERSON_ID) == null ? null
						: OnboardingProcess.businessKey(number(vars.get(OnboardingProcess.PERSON_ID))),
				task.getAssignee());
	}

	@PostMapping("/{taskId}/account")
	@Operation(summary = "Xác nhận cấp tài khoản / Confirm the account (TT06 Art. 3.6, 6.2)")
	ResponseEntity<Void> confirmAccount(@PathVariable String taskId) {
		return complete(taskId, OnboardingProcess.TASK_CONFIRM_ACCOUNT, Map.of(OnboardingProcess.ACCOUNT_CONFIRMED, true));
	}

	@PostMapping("/{taskId}/self-entry")
	@Operation(summary = "Nộp bản kê khai / Submit the self-entry (DN Art. 6.4, HY Art. 10.2, HCM Art. 7.2)")
	ResponseEntity<Void> submitEntry(@PathVariable String taskId) {
		return complete(taskId, OnboardingProcess.TASK_ENTER_PROFILE, Map.of());
	}

	@PostMapping("/{taskId}/review")
	@Operation(summary = "Kết quả rà soát / Review decision (HY Art. 10.3, HCM Art. 7.2a)")
	ResponseEntity<Void> review(@PathVariable String taskId, @RequestBody UserTasks.Decision decision) {
		return complete(taskId, OnboardingProcess.TASK_REVIEW, decision.variables(OnboardingProcess.REVIEW_PASSED,
				OnboardingProcess.REVIEW_REASONS));
	}

	@PostMapping("/{taskId}/approval")
	@Operation(summary = "Quyết định phê duyệt của thủ trưởng / Head's decision (HY Art. 10.4, DN Art. 7.2)")
	ResponseEntity<Void> approve(@PathVariable String taskId, @RequestBody UserTasks.Decision decision) {
		return complete(taskId, OnboardingProcess.TASK_APPROVE, decision.variables(OnboardingProcess.HEAD_APPROVED,
				OnboardingProcess.APPROVAL_REASONS));
	}

	private ResponseEntity<Void> complete(String taskId, String expectedKey, Map<String, Object> variables) {
		this.userTasks.complete(mine(taskId, expectedKey), variables);
		return ResponseEntity.noContent().build();
	}

	private Task mine(String taskId, String expectedKey) {
		return this.userTasks.requireOwn(taskId, OnboardingProcess.KEY, expectedKey);
	}

	private static Long number(Object value) {
		return value == null ? null : ((Number) value).longValue();
	}

	record TaskSummary(String taskId, String taskDefinitionKey, String name, Date due, Date followUp, Long personId,
			Long unitId, String processInstanceId, String businessKey, String assignee) {
	}

}

package vn.gov.cbccvc.change;

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

import vn.gov.cbccvc.profile.FieldChange;
import vn.gov.cbccvc.profile.ProfileDiff;
import vn.gov.cbccvc.workflow.UserTasks;

/**
 * The change of data's user tasks through the API (the same steps as in Tasklist): the summary carries the
 * field-level diff of the proposal against the approved version, which is what the reviewer and the head decide on.
 */
@RestController
@RequestMapping("/api/data-change-tasks")
@Tag(name = "Việc cập nhật thay đổi / Change-of-data tasks", description = "Proposal, review of the diff, head's approval")
class DataChangeTaskController {

	private final TaskService tasks;

	private final UserTasks userTasks;

	private final ProfileDiff diff;

	DataChangeTaskController(TaskService tasks, UserTasks userTasks, ProfileDiff diff) {
		this.tasks = tasks;
		this.userTasks = userTasks;
		this.diff = diff;
	}

	@GetMapping("/{taskId}")
	@Operation(summary = "Tóm tắt một việc kèm các trường thay đổi / A task's summary with the changed fields")
	TaskSummary get(@PathVariable String taskId) {
		Task task = mine(taskId, null);
		Map<String, Object> vars = this.tasks.getVariables(task.getId());
		long personId = ((Number) vars.get(DataChangeProcess.PERSON_ID)).longValue();
		ProfileDiff.DraftDiff changes = this.diff.draftAgainstLatest(personId);
		return new TaskSummary(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
				task.getFollowUpDate(), ((Number) vars.get(DataChangeProcess.DATA_CHANGE_ID)).longValue(), personId,
				(String) vars.get(DataChangeProcess.EVENT_DATE), (String) vars.get(DataChangeProcess.RETURN_REASONS),
				task.getAssignee(), changes.baseVersionNo(), changes.changes());
	}

	@PostMapping("/{taskId}/proposal")
	@Operation(summary = "Người lao động hoàn thành đề nghị (đã sửa bản nháp, đính kèm bản quét minh chứng) / Proposal complete (TT06 Art. 6.3, HY Art. 10.5, HCM Art. 7.2c)")
	ResponseEntity<Void> proposal(@PathVariable String taskId) {
		return complete(mine(taskId, DataChangeProcess.TASK_PROPOSE), Map.of());
	}

	@PostMapping("/{taskId}/review")
	@Operation(summary = "Công chức đầu mối kiểm tra: đạt hoặc trả lại kèm lý do / Clerk's review: passed or returned with reasons")
	ResponseEntity<Void> review(@PathVariable String taskId, @RequestBody UserTasks.Decision decision) {
		return complete(mine(taskId, DataChangeProcess.TASK_REVIEW),
				decision.variables(DataChangeProcess.REVIEW_PASSED, DataChangeProcess.RETURN_REASONS));
	}

	@PostMapping("/{taskId}/approval")
	@Operation(summary = "Thủ trưởng ký duyệt hoặc trả lại kèm lý do / Head signs or returns with reasons (HY Art. 10.5: 10 wd)")
	ResponseEntity<Void> approval(@PathVariable String taskId, @RequestBody UserTasks.Decision decision) {
		return complete(mine(taskId, DataChangeProcess.TASK_APPROVE),
				decision.variables(DataChangeProcess.HEAD_APPROVED, DataChangeProcess.RETURN_REASONS));
	}

	private ResponseEntity<Void> complete(Task task, Map<String, Object> variables) {
		this.userTasks.complete(task, variables);
		return ResponseEntity.noContent().build();
	}

	private Task mine(String taskId, String expectedKey) {
		return this.userTasks.requireOwn(taskId, DataChangeProcess.KEY, expectedKey);
	}

	record TaskSummary(String taskId, String taskDefinitionKey, String name, Date due, Date followUp,
			long dataChangeId, long personId, String eventDate, String returnReasons, String assignee,
			Integer baseVersionNo, List<FieldChange> changes) {
	}

}

package vn.gov.cbccvc.approval;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.security.CurrentUsers;

/** The head's monthly batch page (TT06 Art. 7.1, DN Art. 7.1-7.2) behind the Tasklist task. */
@RestController
@RequestMapping("/api/approval-batches")
@Tag(name = "Phê duyệt theo kỳ hằng tháng / Monthly approval windows",
		description = "One batch per unit and approver per window; one signature over all approved versions")
class ApprovalBatchController {

	static final int MAX_PAGE = 500;

	private final BatchReader reader;

	private final BatchDecisions decisions;

	private final CurrentUsers users;

	ApprovalBatchController(BatchReader reader, BatchDecisions decisions, CurrentUsers users) {
		this.reader = reader;
		this.decisions = decisions;
		this.users = users;
	}

	@GetMapping("/by-task/{taskId}")
	@Operation(summary = "Lô hồ sơ của công việc ký duyệt / The batch of a batch task with the records waiting")
	BatchView byTask(@PathVariable String taskId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "200") int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE));
		return this.reader.byTask(taskId, request, this.users.require());
	}

	@PostMapping("/{batchId}/decisions")
	@Operation(summary = "Ký duyệt và trả lại hồ sơ của lô / Approve (one signature) and return records of a batch")
	DecisionResult decide(@PathVariable long batchId, @RequestBody DecisionRequest request) {
		return this.decisions.decide(batchId, request, this.users.require());
	}

}

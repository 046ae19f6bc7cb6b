package vn.gov.cbccvc.sync;

import org.camunda.bpm.engine.TaskService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.security.CurrentUsers;
import vn.gov.cbccvc.signature.SignatureService;
import vn.gov.cbccvc.signature.VerificationResult;

/** The DoHA director's monthly sync batches (HY Art. 8.4; HCM Art. 7.3, 11.7) behind the Tasklist task. */
@RestController
@RequestMapping("/api/sync-batches")
@PreAuthorize("hasAnyAuthority('GROUP_role-doha-admin', 'GROUP_role-manager', 'GROUP_camunda-admin')")
@Tag(name = "Lô đồng bộ do Giám đốc Sở ký / Director's sync batches",
		description = "One batch per month's sync window; one CAdES signature over the manifest of the versions")
class SyncBatchController {

	static final int MAX_PAGE = 1000;

	private final SyncBatchStore batches;

	private final SyncBatchSigning signing;

	private final SignatureService signatures;

	private final CurrentUsers users;

	private final TaskService tasks;

	SyncBatchController(SyncBatchStore batches, SyncBatchSigning signing, SignatureService signatures,
			CurrentUsers users, TaskService tasks) {
		this.batches = batches;
		this.signing = signing;
		this.signatures = signatures;
		this.users = users;
		this.tasks = tasks;
	}

	@GetMapping
	@Operation(summary = "Các lô đồng bộ, mới nhất trước / Sync batches, newest first")
	Page<SyncBatch> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.batches.list(pageOf(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Lô đồng bộ và danh sách phiên bản / A sync batch with a page of its manifest")
	SyncBatchDetail get(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "200") int size) {
		SyncBatch batch = this.batches.require(id);
		PageRequest request = pageOf(page, size);
		Page<SyncBatchLine> entries = this.batches.entries(id, request);
		return new SyncBatchDetail(batch, entries.getContent(), request.getPageNumber(), request.getPageSize(),
				entries.getTotalElements());
	}

	@GetMapping("/by-task/{taskId}")
	@Operation(summary = "Lô đồng bộ của công việc ký trong Tasklist / The sync batch behind a Tasklist task")
	SyncBatch byTask(@PathVariable String taskId) {
		Object batchId = this.tasks.createTaskQuery().taskId(taskId).count() == 0 ? null
				: this.tasks.getVariable(taskId, SyncVars.SYNC_BATCH_ID);
		if (!(batchId instanceof Number id)) {
			throw new NotFoundException("công việc ký lô đồng bộ / sync batch task", taskId);
		}
		return this.batches.require(id.longValue());
	}

	@PostMapping("/{id}/sign")
	@PreAuthorize("hasAuthority('GROUP_role-doha-admin')")
	@Operation(summary = "Giám đốc ký số lô, trả lại từng phiên bản kèm lý do / Director signs the batch, sends"
			+ " single versions back with a reason")
	SignSyncBatchResult sign(@PathVariable long id, @RequestBody(required = false) SignSyncBatchRequest request) {
		return this.signing.sign(id, request == null ? new SignSyncBatchRequest(null) : request, this.users.require());
	}

	@GetMapping("/{id}/verification")
	@Operation(summary = "Kiểm tra chữ ký của lô (hoặc một phiên bản trong lô) / Verify the batch signature, or one"
			+ " version listed in it")
	VerificationResult verify(@PathVariable long id, @RequestParam(required = false) Long versionId) {
		SyncBatch batch = this.batches.require(id);
		if (batch.signatureId() == null) {
			throw DomainException.conflict("sync-batch.unsigned", "Lô đồng bộ chưa được ký",
					"The sync batch has not been signed");
		}
		return versionId == null ? this.signatures.verifyCurrent(batch.signatureId())
				: this.signatures.verifyCurrentBatchEntry(batch.signatureId(),
						ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(versionId));
	}

	private static PageRequest pageOf(int page, int size) {
		return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE));
	}

}

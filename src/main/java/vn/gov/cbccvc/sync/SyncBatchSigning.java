package vn.gov.cbccvc.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.approval.EngineClock;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.EngineAsSystem;
import vn.gov.cbccvc.signature.BatchEntry;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * The DoHA director decides the month's sync batch inside its window (HY Art. 8.4; HCM Art. 7.3, 11.7): one CAdES
 * signature over the manifest of every version not sent back, reasons for those sent back, and the batch task is
 * completed so Process_SyncBatch releases the waiting syncs. One transaction: a failure leaves nothing signed.
 */
@Service
class SyncBatchSigning {

	static final int MAX_REASON = 2000;

	static final String TASK = "Task_DirectorSignsBatch";

	private final SyncBatchStore batches;

	private final SignatureService signatures;

	private final TaskService tasks;

	private final EngineAsSystem system;

	private final EngineClock clock;

	SyncBatchSigning(SyncBatchStore batches, SignatureService signatures, TaskService tasks, EngineAsSystem system,
			EngineClock clock) {
		this.batches = batches;
		this.signatures = signatures;
		this.tasks = tasks;
		this.system = system;
		this.clock = clock;
	}

	@Transactional
	public SignSyncBatchResult sign(long batchId, SignSyncBatchRequest request, CurrentUser user) {
		SyncBatch batch = this.batches.require(batchId);
		if (!user.groupIds().contains(batch.approverGroup())) {
			throw new DomainException(HttpStatus.FORBIDDEN, "sync-batch.not-the-approver",
					"Chỉ Giám đốc Sở Nội vụ (nhóm " + batch.approverGroup() + ") được ký lô đồng bộ",
					"Only the DoHA director (group " + batch.approverGroup() + ") may sign the sync batch");
		}
		Task task = requireOpen(batch);
		List<SyncBatchEntry> pending = this.batches.pending(batchId);
		Map<Long, String> returns = validate(request, pending);
		if (!this.batches.claimSigning(batchId, user.username(), this.clock.nowInZone())) {
			throw notOpen();
		}
		List<BatchEntry> signed = new ArrayList<>();
		for (SyncBatchEntry entry : pending) {
			if (!returns.containsKey(entry.versionId())) {
				signed.add(new BatchEntry(ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(entry.versionId()),
						entry.sha256()));
			}
		}
		Long signatureId = signed.isEmpty() ? null
				: this.signatures.signBatch(batch.manifestName(), SignaturePurpose.SYNC_BATCH, user.username(), signed);
		this.batches.returnEntries(batchId, returns);
		this.batches.recordSigned(batchId, signatureId, signed.size(), returns.size());
		this.system.run(() -> {
			this.tasks.setAssignee(task.getId(), user.username());
			this.tasks.complete(task.getId(), Variables.putValue("signedCount", signed.size())
				.putValue("returnedCount", returns.size())
				.putValue("batchSignatureId", signatureId));
		});
		return new SignSyncBatchResult(batchId, signatureId, signed.size(), returns.size());
	}

	private Task requireOpen(SyncBatch batch) {
		if (!SyncBatch.OPEN.equals(batch.status())) {
			throw notOpen();
		}
		if (this.clock.now().isAfter(batch.closesAt().toInstant())) {
			throw DomainException.conflict("sync-batch.window-closed",
					"Kỳ ký đồng bộ đã kết thúc ngày " + batch.windowLastDay() + "; các phiên bản chuyển sang kỳ sau",
					"The sync window ended on " + batch.windowLastDay() + "; the versions move to the next window");
		}
		Task task = this.system.call(() -> this.tasks.createTaskQuery()
			.processInstanceId(batch.processInstanceId())
			.taskDefinitionKey(TASK)
			.active()
			.singleResult());
		if (task == null) {
			throw notOpen();
		}
		return task;
	}

	private static Map<Long, String> validate(SignSyncBatchRequest request, List<SyncBatchEntry> pending) {
		Set<Long> inBatch = new HashSet<>();
		pending.forEach(e -> inBatch.add(e.versionId()));
		List<FieldViolation> violations = new ArrayList<>();
		Map<Long, String> returns = new LinkedHashMap<>();
		for (int i = 0; i < request.returns().size(); i++) {
			SignSyncBatchRequest.Return r = request.returns().get(i);
			String at = "returns[" + i + "]";
			if (r == null || r.versionId() == null || returns.containsKey(r.versionId())) {
				violations.add(new FieldViolation(at + ".versionId", "sync-batch.version-repeated",
						"Mỗi phiên bản chỉ được nêu một lần, kèm mã phiên bản", "Give each version once, by id"));
			}
			else if (!inBatch.contains(r.versionId())) {
				violations.add(new FieldViolation(at + ".versionId", "sync-batch.not-in-batch",
						"Phiên bản " + r.versionId() + " không nằm trong lô chờ ký này",
						"Version " + r.versionId() + " is not waiting in this batch"));
			}
			else if (r.reason() == null || r.reason().isBlank() || r.reason().length() > MAX_REASON) {
				violations.add(new FieldViolation(at + ".reason", "sync-batch.reason-required",
						"Phải nêu lý do trả lại (tối đa " + MAX_REASON + " ký tự)",
						"A reason is required to send a version back (at most " + MAX_REASON + " characters)"));
			}
			else {
				returns.put(r.versionId(), r.reason().strip());
			}
		}
		ValidationException.throwIfAny(violations);
		return returns;
	}

	private static DomainException notOpen() {
		return DomainException.conflict("sync-batch.not-open", "Lô đồng bộ này không còn chờ Giám đốc ký",
				"This sync batch is no longer waiting for the director's signature");
	}

}

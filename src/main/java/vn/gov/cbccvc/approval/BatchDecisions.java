package vn.gov.cbccvc.approval;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.security.EngineAsSystem;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.profile.CanonicalJson;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.signature.BatchEntry;
import vn.gov.cbccvc.signature.ContentHash;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * The approver decides a batch (TT06 Art. 7.1, DN Art. 7.1-7.2): approved records become versions covered by ONE
 * signature over the manifest of their hashes, returned records go back with reasons, each record's onboarding
 * instance is told, and the batch task is completed. One transaction: a failure anywhere leaves nothing done.
 */
@Service
class BatchDecisions {

	static final String MESSAGE = "monthly-window-decision";

	static final int MAX_REASONS = 4000;

	private final BatchStore batches;

	private final ApprovalQueue queue;

	private final BatchTasks tasks;

	private final ProfileService profiles;

	private final SignatureService signatures;

	private final RuntimeService runtime;

	private final TaskService taskService;

	private final EngineAsSystem system;

	private final EngineClock clock;

	BatchDecisions(BatchStore batches, ApprovalQueue queue, BatchTasks tasks, ProfileService profiles,
			SignatureService signatures, RuntimeService runtime, TaskService taskService, EngineAsSystem system,
			EngineClock clock) {
		this.batches = batches;
		this.queue = queue;
		this.tasks = tasks;
		this.profiles = profiles;
		this.signatures = signatures;
		this.runtime = runtime;
		this.taskService = taskService;
		this.system = system;
		this.clock = clock;
	}

	@Transactional
	public DecisionResult decide(long batchId, DecisionRequest request, CurrentUser user) {
		Batch batch = this.batches.require(batchId);
		if (!user.groupIds().contains(batch.approverGroup())) {
			throw new DomainException(HttpStatus.FORBIDDEN, "approval.not-the-approver",
					"Chỉ người đứng đầu (hoặc cấp phó được ủy quyền) của đơn vị được ký duyệt lô này",
					"Only the unit's head (or the authorised deputy) may decide this batch");
		}
		Set<Long> approve = new LinkedHashSet<>(request.approve());
		Map<Long, String> returns = validate(request);
		Task task = requireOpen(batch);
		Set<Long> all = new LinkedHashSet<>(approve);
		all.addAll(returns.keySet());
		Map<Long, ApprovalQueue.Row> rows = this.queue.rowsOf(batch.unitId(), batch.headsOwnRecords(), all);
		requireQueued(all, rows);
		requireUnchanged(approve, rows);
		if (!this.batches.claimDecision(batchId, user.username())) {
			throw decidedAlready();
		}
		OffsetDateTime now = this.clock.nowInZone();
		List<BatchEntry> entries = new ArrayList<>();
		List<ProfileVersionInfo> versions = new ArrayList<>();
		Map<String, VersionKind> kinds = versionKinds(rows.values());
		for (long personId : approve) {
			VersionKind kind = kinds.getOrDefault(rows.get(personId).processInstanceId(), VersionKind.ONBOARDING);
			ProfileVersionInfo version = this.profiles.approveDraft(personId, kind, user.username());
			versions.add(version);
			entries.add(new BatchEntry(ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(version.id()),
					ContentHash.sha256Hex(this.profiles.canonicalBytes(version.id()))));
		}
		Long signatureId = entries.isEmpty() ? null
				: this.signatures.signBatch("approval-batch-" + batchId, SignaturePurpose.APPROVAL, user.username(),
						entries);
		versions.forEach(v -> this.batches.recordDecision(batchId, v.personId(), "APPROVED", v.id(), null,
				user.username(), now));
		returns.forEach((personId, reasons) -> this.batches.recordDecision(batchId, personId, "RETURNED", null,
				reasons, user.username(), now));
		this.batches.recordOutcome(batchId, signatureId, approve.size(), returns.size());
		this.queue.remove(all);
		tellInstancesAndComplete(task, rows, versions, returns, signatureId, user.username());
		return new DecisionResult(signatureId, approve.size(), returns.size(),
				this.queue.count(batch.unitId(), batch.headsOwnRecords()));
	}

	private void tellInstancesAndComplete(Task task, Map<Long, ApprovalQueue.Row> rows,
			List<ProfileVersionInfo> versions, Map<Long, String> returns, Long signatureId, String username) {
		try {
			this.system.run(() -> {
				for (ProfileVersionInfo v : versions) {
					correlate(rows.get(v.personId()), Variables.putValue("windowApproved", true)
						.putValue("versionId", v.id())
						.putValue("approvedBy", username)
						.putValue("approvalSignatureId", signatureId));
				}
				returns.forEach((personId, reasons) -> correlate(rows.get(personId),
						Variables.putValue("windowApproved", false).putValue("windowReasons", reasons)));
				this.taskService.setAssignee(task.getId(), username);
				this.taskService.complete(task.getId(), Variables.putValue("approvedCount", versions.size())
					.putValue("returnedCount", returns.size()));
			});
		}
		catch (ProcessEngineException ex) {
			throw DomainException.conflict("approval.process-not-waiting",
					"Không chuyển được quyết định cho quy trình của hồ sơ: " + ex.getMessage(),
					"The decision could not be passed to the records' processes: " + ex.getMessage());
		}
	}

	/**
	 * The kind each waiting instance asked for (a record transferred in is approved as TRANSFER, DN Art. 8.3d), read
	 * in one query for the whole batch; instances that set none make an ONBOARDING version.
	 */
	private Map<String, VersionKind> versionKinds(Collection<ApprovalQueue.Row> rows) {
		String[] instances = rows.stream().map(ApprovalQueue.Row::processInstanceId).toArray(String[]::new);
		if (instances.length == 0) {
			return Map.of();
		}
		Map<String, VersionKind> kinds = new HashMap<>();
		this.system.call(() -> this.runtime.createVariableInstanceQuery()
			.processInstanceIdIn(instances)
			.variableName(ApprovalWaitingList.VERSION_KIND)
			.list())
			.forEach(v -> kinds.put(v.getProcessInstanceId(), VersionKind.valueOf(String.valueOf(v.getValue()))));
		return kinds;
	}

	private void correlate(ApprovalQueue.Row row, Map<String, Object> variables) {
		this.runtime.createMessageCorrelation(MESSAGE)
			.processInstanceId(row.processInstanceId())
			.setVariables(variables)
			.correlateWithResult();
	}

	private Map<Long, String> validate(DecisionRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		Map<Long, String> returns = new java.util.LinkedHashMap<>();
		for (int i = 0; i < request.approve().size(); i++) {
			Long id = request.approve().get(i);
			if (id == null || !seen.add(id)) {
				violations.add(new FieldViolation("approve[" + i + "]", "approval.person-repeated",
						"Mỗi người chỉ được nêu một lần", "Each person may be listed once"));
			}
		}
		for (int i = 0; i < request.returns().size(); i++) {
			DecisionRequest.Return r = request.returns().get(i);
			if (r == null || r.personId() == null || !seen.add(r.personId())) {
				violations.add(new FieldViolation("return[" + i + "].personId", "approval.person-repeated",
						"Mỗi người chỉ được nêu một lần, kèm mã người", "Each person must be given once, by id"));
				continue;
			}
			if (r.reasons() == null || r.reasons().isBlank() || r.reasons().length() > MAX_REASONS) {
				violations.add(new FieldViolation("return[" + i + "].reasons", "approval.reasons-required",
						"Phải nêu lý do trả lại (tối đa " + MAX_REASONS + " ký tự, QĐ Đồng Nai Điều 7.2)",
						"Reasons are required to return a record (at most " + MAX_REASONS + " characters, DN Art. 7.2)"));
				continue;
			}
			returns.put(r.personId(), r.reasons().strip());
		}
		if (seen.isEmpty() && violations.isEmpty()) {
			violations.add(new FieldViolation("approve", "approval.nothing-decided", "Chưa chọn hồ sơ nào",
					"No record was approved or returned"));
		}
		ValidationException.throwIfAny(violations);
		return returns;
	}

	private Task requireOpen(Batch batch) {
		if (batch.status() != BatchStatus.OPEN || batch.decidedBy() != null) {
			throw decidedAlready();
		}
		if (this.clock.now().isAfter(batch.closesAt().toInstant())) {
			throw DomainException.conflict("approval.window-closed",
					"Kỳ phê duyệt đã kết thúc " + batch.lastDay() + "; hồ sơ chuyển sang kỳ sau",
					"The approval window ended on " + batch.lastDay() + "; the records move to the next window");
		}
		return this.tasks.openTaskOf(batch).orElseThrow(this::decidedAlready);
	}

	private static void requireQueued(Set<Long> personIds, Map<Long, ApprovalQueue.Row> rows) {
		List<FieldViolation> violations = personIds.stream()
			.filter(id -> !rows.containsKey(id))
			.map(id -> new FieldViolation("person:" + id, "approval.not-in-batch",
					"Hồ sơ của người " + id + " không nằm trong lô chờ ký duyệt này",
					"The record of person " + id + " is not waiting in this batch"))
			.toList();
		ValidationException.throwIfAny(violations);
	}

	/** The version about to be approved must be exactly what was reviewed (its hash at the lock). */
	private void requireUnchanged(Set<Long> approve, Map<Long, ApprovalQueue.Row> rows) {
		List<Long> changed = approve.stream()
			.filter(id -> !CanonicalJson.sha256Hex(CanonicalJson.write(this.profiles.getDraft(id).content()))
				.equals(rows.get(id).reviewedSha256()))
			.toList();
		if (!changed.isEmpty()) {
			throw new DomainException(HttpStatus.CONFLICT, "approval.changed-since-review",
					"Hồ sơ đã thay đổi sau khi rà soát, cần rà soát lại: người " + changed,
					"Changed since review, review it again: person(s) " + changed);
		}
	}

	private DomainException decidedAlready() {
		return DomainException.conflict("approval.batch-not-open", "Lô phê duyệt này không còn chờ quyết định",
				"This approval batch is no longer waiting for a decision");
	}

}

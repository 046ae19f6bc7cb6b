package vn.gov.cbccvc.approval;

import java.util.Collections;

import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.organisation.UnitView;
import vn.gov.cbccvc.security.CurrentUser;

/** What the approver's batch page shows: the task's batch and the unit's waiting records, live from the queue. */
@Service
class BatchReader {

	private final BatchTasks tasks;

	private final BatchStore batches;

	private final ApprovalQueue queue;

	private final OrganisationDirectory organisation;

	BatchReader(BatchTasks tasks, BatchStore batches, ApprovalQueue queue, OrganisationDirectory organisation) {
		this.tasks = tasks;
		this.batches = batches;
		this.queue = queue;
		this.organisation = organisation;
	}

	/** Only a candidate of the task (member of its candidate group) or an administrator may read it. */
	BatchView byTask(String taskId, Pageable pageable, CurrentUser user) {
		Task task = this.tasks.signTask(taskId)
			.orElseThrow(() -> new NotFoundException("công việc ký duyệt theo kỳ / batch task", taskId));
		if (!user.isAccountAdmin() && Collections.disjoint(this.tasks.candidateGroups(task.getId()), user.groupIds())) {
			throw new DomainException(HttpStatus.FORBIDDEN, "approval.not-a-candidate",
					"Chỉ người được giao công việc ký duyệt này mới xem được lô hồ sơ",
					"Only a candidate of this batch task may read the batch");
		}
		long batchId = this.tasks.batchIdOf(task.getId())
			.orElseThrow(() -> new NotFoundException("lô phê duyệt của công việc / batch of task", taskId));
		Batch batch = this.batches.require(batchId);
		Page<QueuedRecord> records = this.queue.records(batch.unitId(), batch.headsOwnRecords(), pageable);
		String unitName = this.organisation.findUnit(batch.unitId()).map(UnitView::name).orElse(null);
		return new BatchView(batch.id(), batch.unitId(), unitName, batch.approverRole().name(), batch.firstDay(),
				batch.lastDay(), batch.closesAt(), batch.status(), batch.article(), records.getContent(),
				records.getTotalElements(), pageable.getPageNumber(), pageable.getPageSize());
	}

}

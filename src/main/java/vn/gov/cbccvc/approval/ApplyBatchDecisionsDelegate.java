package vn.gov.cbccvc.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyBatchDecisions}: the decisions were applied with the approver's request that completed the task
 * ({@link BatchDecisions}); this closes the batch. Idempotent: a retried job changes nothing.
 */
@Component("applyBatchDecisionsDelegate")
class ApplyBatchDecisionsDelegate implements JavaDelegate {

	private final BatchStore batches;

	private final EngineClock clock;

	ApplyBatchDecisionsDelegate(BatchStore batches, EngineClock clock) {
		this.batches = batches;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.batches.close(ApprovalBatches.id(execution.getVariable("batchId")), BatchStatus.DECIDED,
				this.clock.nowInZone());
	}

}

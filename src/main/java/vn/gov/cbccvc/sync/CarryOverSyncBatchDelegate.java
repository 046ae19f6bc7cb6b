package vn.gov.cbccvc.sync;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CarryOverSyncBatch}: the sync window closed with the batch unsigned. */
@Component("carryOverSyncBatchDelegate")
class CarryOverSyncBatchDelegate implements JavaDelegate {

	private final SyncBatchCarryOver carryOver;

	CarryOverSyncBatchDelegate(SyncBatchCarryOver carryOver) {
		this.carryOver = carryOver;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.carryOver.closeUnsigned(((Number) execution.getVariable(SyncVars.SYNC_BATCH_ID)).longValue(),
				(String) execution.getVariable("escalationGroup"));
	}

}

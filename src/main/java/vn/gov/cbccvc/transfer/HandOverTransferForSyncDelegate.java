package vn.gov.cbccvc.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.sync.SyncQueue;

/**
 * Task_HandOverForSync (both processes): the signed version waits for the national sync (TT06 Art. 6.4, 12.2), so
 * the national database and a receiving province see the move (TT06 Art. 11.1b); the transfer is done.
 */
@Component
class HandOverTransferForSyncDelegate implements JavaDelegate {

	private final SyncQueue syncQueue;

	private final TransferService transfers;

	HandOverTransferForSyncDelegate(SyncQueue syncQueue, TransferService transfers) {
		this.syncQueue = syncQueue;
		this.transfers = transfers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.syncQueue.enqueue(Vars.number(execution, TransferProcess.VERSION_ID),
				Vars.number(execution, TransferProcess.PERSON_ID));
		this.transfers.end(Vars.transferId(execution), TransferStatus.COMPLETED, null);
	}

}

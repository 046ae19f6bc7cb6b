package vn.gov.cbccvc.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.sync.SyncQueue;

/** Task_HandOverChangeForSync: the signed version waits for the national sync (TT06 Art. 6.4, 12.2). */
@Component
class HandOverChangeForSyncDelegate implements JavaDelegate {

	private final SyncQueue syncQueue;

	private final DataChangeService requests;

	HandOverChangeForSyncDelegate(SyncQueue syncQueue, DataChangeService requests) {
		this.syncQueue = syncQueue;
		this.requests = requests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.syncQueue.enqueue(Vars.number(execution, DataChangeProcess.VERSION_ID), Vars.personId(execution));
		this.requests.end(Vars.dataChangeId(execution), DataChangeStatus.COMPLETED, null);
	}

}

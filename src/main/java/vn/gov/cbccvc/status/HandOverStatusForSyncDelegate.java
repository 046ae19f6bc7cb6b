package vn.gov.cbccvc.status;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.sync.SyncQueue;

/** Task_HandOverForSync: the signed version waits for the national sync (TT06 Art. 6.4, 12.2); the request is done. */
@Component
class HandOverStatusForSyncDelegate implements JavaDelegate {

	private final SyncQueue syncQueue;

	private final StatusChangeService requests;

	HandOverStatusForSyncDelegate(SyncQueue syncQueue, StatusChangeService requests) {
		this.syncQueue = syncQueue;
		this.requests = requests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.syncQueue.enqueue(Vars.number(execution, StatusChangeProcess.VERSION_ID),
				Vars.number(execution, StatusChangeProcess.PERSON_ID));
		this.requests.end(Vars.statusChangeId(execution), StatusChangeStatus.COMPLETED, null);
	}

}

package vn.gov.cbccvc.status;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordWithdrawal: the request ends as withdrawn with its reason; the record stays active. */
@Component
class RecordWithdrawalDelegate implements JavaDelegate {

	private final StatusChangeService requests;

	RecordWithdrawalDelegate(StatusChangeService requests) {
		this.requests = requests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reason = Vars.text(execution, StatusChangeProcess.WITHDRAWAL_REASON);
		this.requests.end(Vars.statusChangeId(execution), StatusChangeStatus.WITHDRAWN,
				reason == null ? "Rút yêu cầu" : reason);
	}

}

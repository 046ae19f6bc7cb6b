package vn.gov.cbccvc.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordWithdrawal (both processes): the move ends as withdrawn with its reason; the record stays put. */
@Component
class RecordTransferWithdrawalDelegate implements JavaDelegate {

	private final TransferService transfers;

	RecordTransferWithdrawalDelegate(TransferService transfers) {
		this.transfers = transfers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reason = Vars.text(execution, TransferProcess.WITHDRAWAL_REASON);
		this.transfers.end(Vars.transferId(execution), TransferStatus.WITHDRAWN, reason == null ? "Rút" : reason);
	}

}

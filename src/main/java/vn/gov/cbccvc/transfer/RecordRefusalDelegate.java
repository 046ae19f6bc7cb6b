package vn.gov.cbccvc.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordRefusal: the receiving clerk refused with reasons; back to the sender (withdrawable again). */
@Component("recordTransferRefusalDelegate")
class RecordRefusalDelegate implements JavaDelegate {

	private final TransferService transfers;

	RecordRefusalDelegate(TransferService transfers) {
		this.transfers = transfers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.transfers.refused(Vars.transferId(execution), Vars.text(execution, TransferProcess.REFUSAL_REASONS));
	}

}

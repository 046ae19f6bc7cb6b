package vn.gov.cbccvc.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_MarkHandedOver: the sending clerk handed the record over; from now on it cannot be withdrawn. */
@Component("transferHandedOverDelegate")
class HandedOverDelegate implements JavaDelegate {

	private final TransferService transfers;

	HandedOverDelegate(TransferService transfers) {
		this.transfers = transfers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.transfers.handedOver(Vars.transferId(execution));
	}

}

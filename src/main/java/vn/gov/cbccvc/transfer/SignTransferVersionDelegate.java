package vn.gov.cbccvc.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SignTransferVersion (both processes): the signed TRANSFER version and transfer record (TT06 Art. 8.4, 11.1). */
@Component
class SignTransferVersionDelegate implements JavaDelegate {

	private final TransferSigning signing;

	SignTransferVersionDelegate(TransferSigning signing) {
		this.signing = signing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Transfer signed = this.signing.approveAndSign(Vars.transferId(execution),
				Vars.text(execution, TransferProcess.SIGNED_BY));
		execution.setVariable(TransferProcess.VERSION_ID, signed.getVersionId());
	}

}

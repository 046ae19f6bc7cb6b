package vn.gov.cbccvc.status;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SignStatusVersion: the signed STATUS_CHANGE version and status record (TT06 Art. 8.4, 11.2). */
@Component
class SignStatusVersionDelegate implements JavaDelegate {

	private final StatusRecordSigning signing;

	SignStatusVersionDelegate(StatusRecordSigning signing) {
		this.signing = signing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		StatusChange signed = this.signing.approveAndSign(Vars.statusChangeId(execution),
				Vars.text(execution, StatusChangeProcess.SIGNED_BY));
		execution.setVariable(StatusChangeProcess.VERSION_ID, signed.getVersionId());
	}

}

package vn.gov.cbccvc.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SignChangeVersion: the new signed version of kind CHANGE (TT06 Art. 6.3, 8.4; HY Art. 10.5). */
@Component
class SignChangeVersionDelegate implements JavaDelegate {

	private final ChangeSigning signing;

	SignChangeVersionDelegate(ChangeSigning signing) {
		this.signing = signing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DataChange signed = this.signing.approveAndSign(Vars.dataChangeId(execution),
				Vars.text(execution, DataChangeProcess.APPROVED_BY));
		execution.setVariable(DataChangeProcess.VERSION_ID, signed.getVersionId());
	}

}

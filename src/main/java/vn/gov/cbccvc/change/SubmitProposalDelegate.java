package vn.gov.cbccvc.change;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_SubmitProposal: the proposal is locked for review, signed by the employee where the rule set says so (HCM
 * Art. 7.2c), and the day of submission fixed: CHANGE_APPROVAL counts from it (HY Art. 10.5, HCM Art. 7.2c).
 */
@Component
class SubmitProposalDelegate implements JavaDelegate {

	private final ChangeSigning signing;

	SubmitProposalDelegate(ChangeSigning signing) {
		this.signing = signing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String employee = Vars.text(execution, DataChangeProcess.PROPOSED_BY);
		if (employee == null) {
			employee = Vars.text(execution, DataChangeProcess.EMPLOYEE_USERNAME);
		}
		Long signatureId = this.signing.submit(Vars.personId(execution),
				Boolean.TRUE.equals(execution.getVariable(DataChangeProcess.EMPLOYEE_SIGNS)), employee);
		if (signatureId != null) {
			execution.setVariable("completionSignatureId", signatureId);
		}
		execution.setVariable(DataChangeProcess.SUBMITTED_DATE,
				LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), DataChangeService.ZONE).toString());
	}

}

package vn.gov.cbccvc.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_EscalateAndCarryOver}: the window closed with the batch unsigned (TT06 Art. 15.3, HY Art. 15.3). */
@Component("carryOverBatchDelegate")
class CarryOverBatchDelegate implements JavaDelegate {

	private final CarryOver carryOver;

	CarryOverBatchDelegate(CarryOver carryOver) {
		this.carryOver = carryOver;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.carryOver.closeUnsigned(ApprovalBatches.id(execution.getVariable("batchId")));
	}

}

package vn.gov.cbccvc.transferin;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.onboarding.OnboardingCancellation;
import vn.gov.cbccvc.onboarding.OnboardingProcess;

/**
 * Task_RecordApproved, Task_RecordCancellation, Task_RecordWithdrawal: the outcome (input {@code outcome}) on the
 * transfer. A cancelled or withdrawn transfer whose person was already registered leaves the record archived with
 * the reason and the account revoked, by the onboarding's own cancellation (TT06 Art. 11.2). Idempotent.
 */
@Component
class TransferInEndDelegate implements JavaDelegate {

	private final TransferInService transfers;

	private final OnboardingCancellation cancellation;

	TransferInEndDelegate(TransferInService transfers, OnboardingCancellation cancellation) {
		this.transfers = transfers;
		this.cancellation = cancellation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TransferInStatus outcome = TransferInStatus.valueOf((String) execution.getVariableLocal("outcome"));
		long id = ((Number) execution.getVariable(TransferInProcess.TRANSFER_IN_ID)).longValue();
		String reason = switch (outcome) {
			case CANCELLED -> text(execution, TransferInProcess.CANCELLATION_REASON, "Sở Nội vụ hủy tiếp nhận");
			case WITHDRAWN -> text(execution, TransferInProcess.WITHDRAWAL_REASON, "Rút hồ sơ chuyển đến");
			default -> null;
		};
		Object personId = execution.getVariable(TransferInProcess.PERSON_ID);
		if (reason != null && personId != null) {
			Object username = execution.getVariable(OnboardingProcess.EMPLOYEE_USERNAME);
			this.cancellation.archive(((Number) personId).longValue(), username == null ? null : username.toString(),
					reason);
		}
		this.transfers.end(id, outcome, reason);
	}

	private static String text(DelegateExecution execution, String name, String fallback) {
		Object value = execution.getVariable(name);
		return value == null || value.toString().isBlank() ? fallback : value.toString();
	}

}

package vn.gov.cbccvc.transferin;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.gov.cbccvc.common.DomainException;

/**
 * DoHA's decision after the national database had no usable record (TT06 Art. 11.1b): retry the pull, or cancel
 * the transfer in with a reason. One rule for the API and for Tasklist's form.
 */
record NotFoundDecision(Boolean retry, String reason) {

	static NotFoundDecision of(VariableScope task) {
		Object retry = task.getVariable(TransferInProcess.RETRY_PULL);
		Object reason = task.getVariable(TransferInProcess.CANCELLATION_REASON);
		return new NotFoundDecision(retry instanceof Boolean b ? b : null, reason == null ? null : reason.toString());
	}

	/** {@code retryPull}, and {@code cancellationReason} (stripped) when cancelling; refused when incomplete. */
	Map<String, Object> variables() {
		if (this.retry == null) {
			throw DomainException.invalid("transfer-in.decision-required", "Hãy chọn thử lại hoặc hủy",
					"Choose retry or cancel");
		}
		Map<String, Object> vars = new HashMap<>();
		vars.put(TransferInProcess.RETRY_PULL, this.retry);
		if (!this.retry) {
			if (this.reason == null || this.reason.isBlank()) {
				throw DomainException.invalid("transfer-in.reason-required", "Cần nêu lý do hủy",
						"A reason is required to cancel");
			}
			vars.put(TransferInProcess.CANCELLATION_REASON, this.reason.strip());
		}
		return vars;
	}

}

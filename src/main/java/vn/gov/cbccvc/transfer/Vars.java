package vn.gov.cbccvc.transfer;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the process variables of {@link TransferProcess}. */
final class Vars {

	private Vars() {
	}

	static long number(VariableScope scope, String name) {
		return ((Number) scope.getVariable(name)).longValue();
	}

	static long transferId(VariableScope scope) {
		return number(scope, TransferProcess.TRANSFER_ID);
	}

	static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString();
	}

}

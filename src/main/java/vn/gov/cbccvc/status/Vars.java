package vn.gov.cbccvc.status;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the process variables of {@link StatusChangeProcess}. */
final class Vars {

	private Vars() {
	}

	static long number(VariableScope scope, String name) {
		return ((Number) scope.getVariable(name)).longValue();
	}

	static long statusChangeId(VariableScope scope) {
		return number(scope, StatusChangeProcess.STATUS_CHANGE_ID);
	}

	static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString();
	}

}

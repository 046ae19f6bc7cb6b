package vn.gov.cbccvc.change;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the process variables of {@link DataChangeProcess}. */
final class Vars {

	private Vars() {
	}

	static long number(VariableScope scope, String name) {
		return ((Number) scope.getVariable(name)).longValue();
	}

	static long dataChangeId(VariableScope scope) {
		return number(scope, DataChangeProcess.DATA_CHANGE_ID);
	}

	static long personId(VariableScope scope) {
		return number(scope, DataChangeProcess.PERSON_ID);
	}

	static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString();
	}

}

package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the process variables of {@link OnboardingProcess}. */
final class Vars {

	private Vars() {
	}

	static long personId(VariableScope scope) {
		return ((Number) scope.getVariable(OnboardingProcess.PERSON_ID)).longValue();
	}

	static long unitId(VariableScope scope) {
		return ((Number) scope.getVariable(OnboardingProcess.UNIT_ID)).longValue();
	}

	static Long onboardingId(VariableScope scope) {
		Object id = scope.getVariable(OnboardingProcess.ONBOARDING_ID);
		return id == null ? null : ((Number) id).longValue();
	}

	static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString();
	}

	static boolean flag(VariableScope scope, String name) {
		return Boolean.TRUE.equals(scope.getVariable(name));
	}

}

package vn.gov.cbccvc.onboarding;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterNewcomer: fixes the acting groups and optional steps of the rule set in force for this instance. */
@Component
class RegisterNewcomerDelegate implements JavaDelegate {

	private final OnboardingRules rules;

	RegisterNewcomerDelegate(OnboardingRules rules) {
		this.rules = rules;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long personId = ((Number) execution.getVariable(OnboardingProcess.PERSON_ID)).longValue();
		long unitId = ((Number) execution.getVariable(OnboardingProcess.UNIT_ID)).longValue();
		execution.setVariables(this.rules.forNewcomer(personId, unitId));
	}

}

package vn.gov.cbccvc.transferin;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.onboarding.OnboardingProcess;
import vn.gov.cbccvc.onboarding.OnboardingRules;

/**
 * Task_FetchNationalRecord: pulls the record (see {@link NationalRecordPull}). A missing or unusable record raises
 * {@value TransferInProcess#ERROR_NOT_FOUND} with the reason in {@code pullProblem}; an outage is thrown on, so
 * the engine retries the job with the waits of its retry cycle and, when they are used up, opens an incident.
 */
@Component
class FetchNationalRecordDelegate implements JavaDelegate {

	private final NationalRecordPull pull;

	private final OnboardingRules rules;

	FetchNationalRecordDelegate(NationalRecordPull pull, OnboardingRules rules) {
		this.pull = pull;
		this.rules = rules;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long transferInId = ((Number) execution.getVariable(TransferInProcess.TRANSFER_IN_ID)).longValue();
		long unitId = ((Number) execution.getVariable(TransferInProcess.UNIT_ID)).longValue();
		Object by = execution.getVariable(TransferInProcess.PULLED_BY);
		String actor = by == null ? "system" : by.toString();
		long personId;
		try {
			personId = this.pull.fetch(transferInId)
				.map(f -> this.pull.store(transferInId, f.record(), f.content(), actor))
				.orElseGet(() -> this.pull.registeredPerson(transferInId));
		}
		catch (NationalRecordPull.PullProblem problem) {
			execution.setVariable(TransferInProcess.PULL_PROBLEM, problem.getMessage());
			throw new BpmnError(TransferInProcess.ERROR_NOT_FOUND, problem.getMessage());
		}
		execution.removeVariable(TransferInProcess.PULL_PROBLEM);
		execution.setVariable(TransferInProcess.PERSON_ID, personId);
		execution.setVariable(OnboardingProcess.ACCOUNT_GROUP,
				this.rules.forNewcomer(personId, unitId).get(OnboardingProcess.ACCOUNT_GROUP));
	}

}

package vn.gov.cbccvc.change;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.profile.ProfileService;

/**
 * Task_RecordChangeWithdrawal: the request ends as withdrawn; the draft is reset to the latest approved content
 * (unlocked), the approved versions are untouched.
 */
@Component
class RecordChangeWithdrawalDelegate implements JavaDelegate {

	private final DataChangeService requests;

	private final ProfileService profiles;

	RecordChangeWithdrawalDelegate(DataChangeService requests, ProfileService profiles) {
		this.requests = requests;
		this.profiles = profiles;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reason = Vars.text(execution, DataChangeProcess.WITHDRAWAL_REASON);
		this.profiles.resetDraftToLatestVersion(Vars.personId(execution), "system");
		this.requests.end(Vars.dataChangeId(execution), DataChangeStatus.WITHDRAWN,
				reason == null ? "Rút đề nghị" : reason);
	}

}

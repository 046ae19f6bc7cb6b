package vn.gov.cbccvc.status;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.account.AccountStatus;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;

/**
 * Task_ArchiveRecord: the record takes the document's status and moves to the separate archive, kept forever
 * (TT06 Art. 11.2, DN Art. 8.5, HY Art. 11.3, 12.1, HCM Art. 8.4); the personal account is revoked (TT06 Art. 11.1a,
 * HY Art. 11.3). Idempotent: a retried job changes nothing twice.
 */
@Component
class ArchiveRecordDelegate implements JavaDelegate {

	private final StatusChangeService requests;

	private final PersonService people;

	private final AccountService accounts;

	ArchiveRecordDelegate(StatusChangeService requests, PersonService people, AccountService accounts) {
		this.requests = requests;
		this.people = people;
		this.accounts = accounts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		StatusChange request = this.requests.load(Vars.statusChangeId(execution));
		String reason = request.getKind().labelVi() + " theo văn bản " + request.getDocumentNumber() + " ngày "
				+ request.getDocumentDate();
		PersonView person = this.people.get(request.getPersonId());
		if (person.recordStatus() != request.getKind().recordStatus()) {
			this.people.changeRecordStatus(request.getPersonId(), request.getKind().recordStatus(), reason,
					request.getEffectiveDate());
		}
		// personal accounts are named by the personal ID number (TT06 Art. 3.6)
		this.accounts.find(person.personalIdNumber())
			.filter(a -> a.status() != AccountStatus.REVOKED)
			.ifPresent(a -> this.accounts.revoke(a.username(), reason, "system"));
		this.requests.archived(request.getId());
	}

}

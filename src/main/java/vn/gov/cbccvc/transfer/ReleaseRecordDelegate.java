package vn.gov.cbccvc.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.account.AccountStatus;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.RecordStatus;

/**
 * Task_ReleaseRecord: on the effective date the releasing unit revokes the personal account (TT06 Art. 11.1a) and
 * the record moves to the separate archive as TRANSFERRED_OUT with the reason and the destination, kept for good
 * (TT06 Art. 11.2, HY Art. 11.3, 12.1, DN Art. 8.5). Idempotent.
 */
@Component
class ReleaseRecordDelegate implements JavaDelegate {

	private final TransferService transfers;

	private final PersonService people;

	private final AccountService accounts;

	ReleaseRecordDelegate(TransferService transfers, PersonService people, AccountService accounts) {
		this.transfers = transfers;
		this.people = people;
		this.accounts = accounts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Transfer transfer = this.transfers.load(Vars.transferId(execution));
		String reason = transfer.getKind().labelVi() + ": " + transfer.getReason() + " (quyết định "
				+ transfer.getDecisionNumber() + " ngày " + transfer.getDecisionDate() + ")";
		String destination = transfer.getDestinationProvince() == null ? transfer.getDestinationAgency()
				: transfer.getDestinationAgency() + ", " + transfer.getDestinationProvince();
		PersonView person = this.people.get(transfer.getPersonId());
		if (person.recordStatus() != RecordStatus.TRANSFERRED_OUT) {
			this.people.changeRecordStatus(person.id(), RecordStatus.TRANSFERRED_OUT, cut(reason),
					transfer.getEffectiveDate(), cut(destination));
		}
		this.accounts.find(person.personalIdNumber())
			.filter(a -> a.status() != AccountStatus.REVOKED)
			.ifPresent(a -> this.accounts.revoke(a.username(), cut(reason), "system"));
		this.transfers.applied(transfer.getId());
	}

	private static String cut(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300);
	}

}

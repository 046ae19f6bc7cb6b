package vn.gov.cbccvc.transfer;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.account.AccountStatus;
import vn.gov.cbccvc.organisation.PeopleRehoming;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;

/**
 * Task_MoveRecord: the person is re-homed to the new unit, so the new unit's clerks and head manage the record and
 * the old unit's no longer do (PersonDataAccess follows the person's unit; DN Art. 8.1, HY Art. 11.1, HCM Art. 8.1,
 * 8.2); the personal account's home unit and employee role (Camunda groups unit-&lt;id&gt;, unit-&lt;id&gt;-employee) move
 * with it in the same transaction. Idempotent.
 */
@Component
class MoveRecordDelegate implements JavaDelegate {

	private final TransferService transfers;

	private final PersonService people;

	private final PeopleRehoming rehoming;

	private final AccountService accounts;

	MoveRecordDelegate(TransferService transfers, PersonService people, PeopleRehoming rehoming,
			AccountService accounts) {
		this.transfers = transfers;
		this.people = people;
		this.rehoming = rehoming;
		this.accounts = accounts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Transfer transfer = this.transfers.load(Vars.transferId(execution));
		long from = transfer.getFromUnitId();
		long to = transfer.getToUnitId();
		PersonView person = this.people.get(transfer.getPersonId());
		if (person.unitId() == from && from != to) {
			this.rehoming.move(List.of(person.id()), from, to);
		}
		String reason = transfer.getKind().labelVi() + " theo quyết định " + transfer.getDecisionNumber();
		// personal accounts are named by the personal ID number (TT06 Art. 3.6)
		this.accounts.find(person.personalIdNumber())
			.filter(a -> a.status() != AccountStatus.REVOKED)
			.ifPresent(a -> this.accounts.moveEmployee(a.username(), from, to, reason, "system"));
		this.transfers.applied(transfer.getId());
	}

}

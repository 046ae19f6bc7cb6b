package vn.gov.cbccvc.workflow;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;

/**
 * Who signs a person's record in a unit: the head; for the head's own record, the deputy authorised in writing
 * (DN Art. 7.1, applied under every rule set: nobody approves their own record).
 */
@Component
public class RecordApprovers {

	private final AccountService accounts;

	RecordApprovers(AccountService accounts) {
		this.accounts = accounts;
	}

	/** The Camunda candidate group of the approval of {@code personId}'s record in {@code unitId}. */
	public String approverGroup(long personId, long unitId) {
		return Roles.unitRoleGroup(unitId, isHeadOf(personId, unitId) ? Roles.DEPUTY : Roles.HEAD);
	}

	public boolean isHeadOf(long personId, long unitId) {
		return this.accounts.usernamesWithRole(unitId, Roles.HEAD)
			.stream()
			.map(this.accounts::get)
			.anyMatch(a -> a.personId() != null && a.personId() == personId
					&& a.roles().contains(new RoleGrant(Roles.HEAD, unitId)));
	}

}

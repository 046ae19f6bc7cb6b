package vn.gov.cbccvc.account;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.PersonDataAccess;
import vn.gov.cbccvc.security.Roles;

/**
 * Who may do what to accounts beyond the admin-only operations: a unit's clerk creates the personal accounts of
 * the unit's people (TT06 Art. 6.2; DN Art. 6.2: the employing unit creates them) and lists its accounts.
 */
@Component
class AccountAccess {

	private final PersonDataAccess personDataAccess;

	AccountAccess(PersonDataAccess personDataAccess) {
		this.personDataAccess = personDataAccess;
	}

	void requireMayCreatePersonal(CurrentUser user, long unitId) {
		if (!user.isAccountAdmin() && !this.personDataAccess.holdsRoleOver(user, Roles.CLERK, unitId)) {
			throw forbidden("tạo tài khoản cá nhân cho đơn vị này", "create personal accounts for this unit");
		}
	}

	void requireMayList(CurrentUser user, Long unitId) {
		if (user.isAccountAdmin()) {
			return;
		}
		if (unitId == null || !this.personDataAccess.holdsRoleOver(user, Roles.CLERK, unitId)) {
			throw forbidden("xem danh sách tài khoản này", "list these accounts");
		}
	}

	void requireMayRead(CurrentUser user, AccountView account) {
		boolean own = user.username().equals(account.username());
		boolean readsPerson = account.personId() != null && account.unitId() != null
				&& this.personDataAccess.mayRead(user, account.personId(), account.unitId());
		if (!own && !user.isAccountAdmin() && !readsPerson) {
			throw forbidden("xem tài khoản này", "read this account");
		}
	}

	private static DomainException forbidden(String actionVi, String actionEn) {
		return new DomainException(HttpStatus.FORBIDDEN, "account.forbidden",
				"Bạn không có quyền " + actionVi, "You may not " + actionEn);
	}

}

package vn.gov.cbccvc.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.DomainException;

/** The rules of {@link PersonDataAccess}; the unit tree comes from an optional {@link UnitHierarchy}. */
@Component
class PersonDataAccessPolicy implements PersonDataAccess {

	/** Roles that read their units' people. */
	private static final List<String> UNIT_READERS = List.of(Roles.CLERK, Roles.HEAD, Roles.DEPUTY, Roles.MANAGER);

	/** Roles that write their units' people's data. */
	private static final List<String> UNIT_WRITERS = List.of(Roles.CLERK);

	private final CurrentUsers currentUsers;

	private final UnitHierarchy hierarchy;

	@Autowired
	PersonDataAccessPolicy(CurrentUsers currentUsers, ObjectProvider<UnitHierarchy> hierarchy) {
		this(currentUsers, hierarchy.getIfAvailable(() -> UnitHierarchy.FLAT));
	}

	PersonDataAccessPolicy(CurrentUsers currentUsers, UnitHierarchy hierarchy) {
		this.currentUsers = currentUsers;
		this.hierarchy = hierarchy;
	}

	@Override
	public boolean mayRead(CurrentUser user, long personId, long unitId) {
		if (isOwn(user, personId) || user.isAccountAdmin() || user.hasProvinceWideRole(Roles.MANAGER)) {
			return true;
		}
		return holdsRoleOver(user, UNIT_READERS, unitId);
	}

	@Override
	public boolean mayWrite(CurrentUser user, long personId, long unitId) {
		if (isOwn(user, personId) || user.isAccountAdmin()) {
			return true;
		}
		return holdsRoleOver(user, UNIT_WRITERS, unitId);
	}

	@Override
	public void requireRead(long personId, long unitId) {
		if (!mayRead(this.currentUsers.require(), personId, unitId)) {
			throw refused("đọc", "read");
		}
	}

	@Override
	public void requireWrite(long personId, long unitId) {
		if (!mayWrite(this.currentUsers.require(), personId, unitId)) {
			throw refused("sửa", "change");
		}
	}

	@Override
	public ReadScope readScope(CurrentUser user) {
		boolean everything = user.isAccountAdmin() || user.hasProvinceWideRole(Roles.MANAGER);
		Set<Long> units = new TreeSet<>();
		if (!everything) {
			UNIT_READERS.forEach(role -> units.addAll(user.unitsWithRole(role)));
		}
		return new ReadScope(everything, units, user.personId());
	}

	private static boolean isOwn(CurrentUser user, long personId) {
		return user.personId() != null && user.personId() == personId;
	}

	@Override
	public boolean holdsRoleOver(CurrentUser user, String role, long unitId) {
		return holdsRoleOver(user, List.of(role), unitId);
	}

	/** One of the roles held in the person's unit or in a unit above it. */
	private boolean holdsRoleOver(CurrentUser user, List<String> roles, long unitId) {
		List<Long> units = new ArrayList<>();
		units.add(unitId);
		units.addAll(this.hierarchy.ancestorsOf(unitId));
		return roles.stream().anyMatch(role -> units.stream().anyMatch(unit -> user.hasRoleInUnit(role, unit)));
	}

	private static DomainException refused(String actionVi, String actionEn) {
		return new DomainException(HttpStatus.FORBIDDEN, "person-data.forbidden",
				"Bạn không có quyền " + actionVi + " dữ liệu của người này (TT06 Điều 4.4)",
				"You may not " + actionEn + " this person's data (TT06 Art. 4.4)");
	}

}

package vn.gov.cbccvc.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.PersonDataAccess;
import vn.gov.cbccvc.security.Roles;

/**
 * Who may act on a person's data (TT06 Art. 4.4, 8.3; HCM Art. 4.1, 4.5), by the rules of {@link PersonDataAccess}.
 * Calls without a logged-in user are the system's own (process delegates on the job executor, start-up loaders):
 * every human entry point — the domain API and the engine's webapps — authenticates before reaching them.
 */
@Component
class RoleBasedProfileAccess implements ProfileAccess {

	private static final List<String> MANAGING_ROLES = List.of(Roles.CLERK, Roles.HEAD, Roles.DEPUTY);

	private final PersonDataAccess access;

	private final PersonRepository people;

	RoleBasedProfileAccess(PersonDataAccess access, PersonRepository people) {
		this.access = access;
		this.people = people;
	}

	@Override
	public void checkList(Long unitId) {
		caller().ifPresent(user -> {
			PersonDataAccess.ReadScope scope = this.access.readScope(user);
			if (scope.everything()) {
				return;
			}
			if (unitId == null) {
				throw refused("Hãy chọn đơn vị cần xem", "Choose the unit to list");
			}
			boolean reaches = List.of(Roles.CLERK, Roles.HEAD, Roles.DEPUTY, Roles.MANAGER)
				.stream()
				.anyMatch(role -> this.access.holdsRoleOver(user, role, unitId));
			if (!reaches) {
				throw refused("Không có quyền xem danh sách của đơn vị này", "You may not list this unit's people");
			}
		});
	}

	@Override
	public void checkCreate(long unitId) {
		caller().ifPresent(user -> {
			if (!user.isAccountAdmin() && !this.access.holdsRoleOver(user, Roles.CLERK, unitId)) {
				throw refused("Chỉ công chức đầu mối của đơn vị hoặc Sở Nội vụ được thêm người",
						"Only the unit's focal-point clerk or DoHA may add people");
			}
		});
	}

	@Override
	public void checkRead(long personId) {
		caller().ifPresent(user -> this.access.requireRead(personId, unitOf(personId)));
	}

	@Override
	public void checkWrite(long personId) {
		caller().ifPresent(user -> this.access.requireWrite(personId, unitOf(personId)));
	}

	@Override
	public void checkManage(long personId) {
		caller().ifPresent(user -> {
			long unitId = unitOf(personId);
			boolean manages = user.isAccountAdmin()
					|| MANAGING_ROLES.stream().anyMatch(role -> this.access.holdsRoleOver(user, role, unitId));
			if (!manages) {
				throw refused("Chỉ người rà soát, thủ trưởng hoặc cấp phó của đơn vị được thực hiện",
						"Only the unit's reviewer, head or deputy may do this");
			}
		});
	}

	@Override
	public void checkArchive() {
		caller().ifPresent(user -> {
			boolean allowed = user.isAccountAdmin() || user.hasRole(Roles.MANAGER)
					|| MANAGING_ROLES.stream().anyMatch(user::hasRole);
			if (!allowed) {
				throw refused("Không có quyền xem hồ sơ lưu trữ", "You may not read the archive");
			}
		});
	}

	private long unitOf(long personId) {
		return this.people.findById(personId)
			.orElseThrow(() -> new NotFoundException("người", personId))
			.getUnitId();
	}

	/** The logged-in user, or empty for the system's own calls; any other principal is refused. */
	private static Optional<CurrentUser> caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		throw refused("Không xác định được người dùng", "The caller is not a known account");
	}

	private static DomainException refused(String vi, String en) {
		return new DomainException(HttpStatus.FORBIDDEN, "access-denied", vi, en);
	}

}

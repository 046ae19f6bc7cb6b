package vn.gov.cbccvc.overdue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.CurrentUsers;
import vn.gov.cbccvc.security.PersonDataAccess;
import vn.gov.cbccvc.security.Roles;

@RestController
@RequestMapping("/api/overdue")
@Tag(name = "Quá hạn / Overdue work", description = "Missed deadlines per unit (TT06 Art. 15.3, HY Art. 15.3)")
class OverdueController {

	private final OverdueService overdue;

	private final CurrentUsers users;

	private final PersonDataAccess access;

	OverdueController(OverdueService overdue, CurrentUsers users, PersonDataAccess access) {
		this.overdue = overdue;
		this.users = users;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Việc quá hạn của đơn vị / Overdue work of a unit (all units for DoHA and managers)")
	Page<OverdueView> list(@RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "true") boolean open, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		CurrentUser user = this.users.require();
		boolean provinceWide = user.isAccountAdmin() || user.hasProvinceWideRole(Roles.MANAGER);
		if (!provinceWide && (unitId == null || java.util.stream.Stream.of(Roles.CLERK, Roles.HEAD, Roles.DEPUTY,
				Roles.MANAGER).noneMatch(role -> this.access.holdsRoleOver(user, role, unitId)))) {
			throw new DomainException(HttpStatus.FORBIDDEN, "access-denied",
					"Chỉ xem được việc quá hạn của đơn vị mình phụ trách", "You may only list your own units' overdue work");
		}
		return this.overdue.list(unitId, open, PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, 200))));
	}

}

package vn.gov.cbccvc.status;

import java.time.LocalDate;
import java.util.stream.Stream;

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
@RequestMapping("/api/retirement-forecast")
@Tag(name = "Dự báo nghỉ hưu / Retirement forecast",
		description = "People reaching the statutory retirement age (Labour Code 2019 Art. 169, Decree 135/2020/NĐ-CP Art. 4)")
class RetirementForecastController {

	private final RetirementForecast forecast;

	private final CurrentUsers users;

	private final PersonDataAccess access;

	RetirementForecastController(RetirementForecast forecast, CurrentUsers users, PersonDataAccess access) {
		this.forecast = forecast;
		this.users = users;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Người đến tuổi nghỉ hưu trong các tháng tới / People retiring in the coming months")
	Page<RetirementForecastRow> list(@RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "12") int months, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		CurrentUser user = this.users.require();
		boolean provinceWide = user.isAccountAdmin() || user.hasProvinceWideRole(Roles.MANAGER);
		if (!provinceWide && (unitId == null || Stream.of(Roles.CLERK, Roles.HEAD, Roles.DEPUTY, Roles.MANAGER)
			.noneMatch(role -> this.access.holdsRoleOver(user, role, unitId)))) {
			throw new DomainException(HttpStatus.FORBIDDEN, "access-denied",
					"Chỉ xem được dự báo của đơn vị mình phụ trách", "You may only see your own units' forecast");
		}
		if (months < 1 || months > 60) {
			throw DomainException.invalid("forecast.months", "Số tháng phải từ 1 đến 60", "Months must be 1 to 60");
		}
		LocalDate today = LocalDate.now(StatusChangeService.ZONE);
		return this.forecast.forecast(unitId, today, today.plusMonths(months),
				PageRequest.of(Math.max(page, 0), Math.max(1, Math.min(size, 200))));
	}

}

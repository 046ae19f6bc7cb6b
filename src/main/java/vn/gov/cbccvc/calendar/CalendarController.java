package vn.gov.cbccvc.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.security.Roles;

@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Lịch ngày làm việc / Working-day calendar")
class CalendarController {

	/** Longest span accepted by the due-date endpoint (about 20 years of working days). */
	static final int MAX_WORKING_DAYS = 5000;

	private final CalendarService service;

	private final WorkingDayCalendar calendar;

	CalendarController(CalendarService service, WorkingDayCalendar calendar) {
		this.service = service;
		this.calendar = calendar;
	}

	@GetMapping("/years")
	@Operation(summary = "Các năm đã nạp lịch / Loaded calendar years")
	List<CalendarYearSummary> years() {
		return this.service.years();
	}

	@GetMapping("/years/{year}")
	@Operation(summary = "Ngày nghỉ lễ, nghỉ bù, hoán đổi của một năm / Holidays and swapped days of a year")
	CalendarYear year(@PathVariable int year) {
		return this.service.year(year);
	}

	@PutMapping("/years/{year}")
	@Operation(summary = "Nạp hoặc thay lịch một năm (quản trị) / Load or replace a year (administrators)")
	CalendarYear put(@PathVariable int year, @RequestBody CalendarYear body, Authentication user) {
		requireAdmin(user);
		return this.service.put(year, body, user.getName());
	}

	@GetMapping("/due-date")
	@Operation(summary = "Hạn sau N ngày làm việc / Due date after N working days")
	Map<String, LocalDate> dueDate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int workingDays) {
		if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
			throw DomainException.invalid("bad-parameter",
					"Tham số 'workingDays' phải từ 0 đến " + MAX_WORKING_DAYS + ": " + workingDays,
					"Parameter 'workingDays' must be between 0 and " + MAX_WORKING_DAYS + ": " + workingDays);
		}
		return Map.of("dueDate", this.calendar.addWorkingDays(from, workingDays));
	}

	@GetMapping("/working-days")
	@Operation(summary = "Các ngày làm việc của một tháng / Working days of a month")
	Map<String, Object> workingDays(@RequestParam String month) {
		YearMonth ym;
		try {
			ym = YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid("bad-parameter", "Tham số 'month' phải có dạng YYYY-MM: " + month,
					"Parameter 'month' must be YYYY-MM: " + month);
		}
		return Map.of("month", ym.toString(), "workingDays", this.calendar.workingDaysOf(ym));
	}

	private static void requireAdmin(Authentication user) {
		boolean admin = user != null && user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(a -> a.equals(Roles.authority(Roles.DOHA_ADMIN)) || a.equals(Roles.authority(Roles.CAMUNDA_ADMIN)));
		if (!admin) {
			throw new DomainException(HttpStatus.FORBIDDEN, "forbidden",
					"Chỉ quản trị viên Sở Nội vụ được nạp lịch ngày nghỉ",
					"Only an administrator of the Department of Home Affairs may load a calendar year");
		}
	}

}

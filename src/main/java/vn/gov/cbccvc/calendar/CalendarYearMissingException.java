package vn.gov.cbccvc.calendar;

import org.springframework.http.HttpStatus;

import vn.gov.cbccvc.common.DomainException;

/** A computation needs a year whose holidays are not loaded: never guess weekdays only. */
public class CalendarYearMissingException extends DomainException {

	private final int year;

	public CalendarYearMissingException(int year) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, "calendar-year-missing",
				"Chưa nạp lịch ngày nghỉ năm " + year + ": quản trị viên cần nạp lịch năm " + year
						+ " (PUT /api/calendar/years/" + year + ")",
				"The holiday calendar of " + year + " is not loaded: an administrator must load year " + year
						+ " (PUT /api/calendar/years/" + year + ")");
		this.year = year;
	}

	public int getYear() {
		return this.year;
	}

}

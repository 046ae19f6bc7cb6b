package vn.gov.cbccvc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.ValidationException;

/** Checks a calendar year before anything is written; all violations are reported at once. */
final class CalendarYearValidator {

	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2100;

	private CalendarYearValidator() {
	}

	static void validate(int pathYear, CalendarYear body) {
		List<FieldViolation> v = new ArrayList<>();
		if (pathYear < MIN_YEAR || pathYear > MAX_YEAR) {
			v.add(new FieldViolation("year", "calendar.year-out-of-range",
					"Năm phải từ " + MIN_YEAR + " đến " + MAX_YEAR, "The year must be between " + MIN_YEAR + " and " + MAX_YEAR));
		}
		if (body.year() != null && body.year() != pathYear) {
			v.add(new FieldViolation("year", "calendar.year-mismatch",
					"Năm trong nội dung (" + body.year() + ") khác năm trên đường dẫn (" + pathYear + ")",
					"The year of the body (" + body.year() + ") differs from the year of the path (" + pathYear + ")"));
		}
		if (isBlank(body.source()) || body.source().length() > 500) {
			v.add(new FieldViolation("source", "calendar.source-required",
					"Cần ghi văn bản quy định lịch nghỉ (tối đa 500 ký tự)",
					"The source decision or notice is required (at most 500 characters)"));
		}
		if (body.days() == null || body.days().isEmpty()) {
			v.add(new FieldViolation("days", "calendar.days-required", "Cần ít nhất một ngày nghỉ lễ",
					"At least one holiday is required"));
		}
		else {
			validateDays(pathYear, body.days(), v);
		}
		ValidationException.throwIfAny(v);
	}

	private static void validateDays(int year, List<CalendarDay> days, List<FieldViolation> v) {
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < days.size(); i++) {
			CalendarDay day = days.get(i);
			String at = "days[" + i + "]";
			if (day == null) {
				v.add(new FieldViolation(at, "calendar.day-required", "Thiếu ngày", "The day is missing"));
				continue;
			}
			if (isBlank(day.nameVi()) || isBlank(day.nameEn()) || day.nameVi().length() > 200
					|| day.nameEn().length() > 200) {
				v.add(new FieldViolation(at + ".name", "calendar.name-required",
						"Cần tên ngày bằng tiếng Việt và tiếng Anh (tối đa 200 ký tự)",
						"Names in Vietnamese and English are required (at most 200 characters)"));
			}
			if (day.kind() == null) {
				v.add(new FieldViolation(at + ".kind", "calendar.kind-required", "Thiếu loại ngày", "The kind is missing"));
			}
			LocalDate date = day.date();
			if (date == null) {
				v.add(new FieldViolation(at + ".date", "calendar.date-required", "Thiếu ngày", "The date is missing"));
				continue;
			}
			if (date.getYear() != year) {
				v.add(new FieldViolation(at + ".date", "calendar.date-outside-year",
						"Ngày " + date + " không thuộc năm " + year, "The date " + date + " is not in " + year));
			}
			if (!seen.add(date)) {
				v.add(new FieldViolation(at + ".date", "calendar.duplicate-date", "Ngày " + date + " bị khai trùng",
						"The date " + date + " is listed twice"));
			}
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (day.kind() == DayKind.SWAPPED_WORKING_DAY && !weekend) {
				v.add(new FieldViolation(at + ".kind", "calendar.working-day-not-weekend",
						"Ngày làm bù " + date + " phải là thứ Bảy hoặc Chủ nhật",
						"The swapped working day " + date + " must be a Saturday or Sunday"));
			}
			if ((day.kind() == DayKind.SWAPPED_DAY_OFF || day.kind() == DayKind.HOLIDAY_MAKE_UP) && weekend) {
				v.add(new FieldViolation(at + ".kind", "calendar.day-off-on-weekend",
						"Ngày nghỉ bù/hoán đổi " + date + " phải là ngày trong tuần",
						"The make-up or swapped day off " + date + " must be a weekday"));
			}
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}

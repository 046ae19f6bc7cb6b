package vn.gov.cbccvc.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The calendar tables of V2__calendar.sql. Plain JDBC: a year is written and read as a whole, and reads go to
 * the database on every computation so that every node of a cluster sees the same days.
 */
@Repository
class CalendarRepository {

	private final JdbcTemplate jdbc;

	CalendarRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(int year) {
		Integer n = this.jdbc.queryForObject("select count(*) from calendar_year where cal_year = ?", Integer.class,
				year);
		return n != null && n > 0;
	}

	/** The listed days of each of the given years that is loaded (one query, by the indexed year column). */
	Map<Integer, YearDays> findDays(int fromYear, int toYear) {
		Map<Integer, Map<LocalDate, DayKind>> byYear = new HashMap<>();
		this.jdbc.query("select y.cal_year, d.day_date, d.kind from calendar_year y "
				+ "left join calendar_day d on d.cal_year = y.cal_year where y.cal_year between ? and ?", rs -> {
					Map<LocalDate, DayKind> days = byYear.computeIfAbsent(rs.getInt(1), y -> new HashMap<>());
					Date date = rs.getDate(2);
					if (date != null) {
						days.put(date.toLocalDate(), DayKind.valueOf(rs.getString(3)));
					}
				}, fromYear, toYear);
		Map<Integer, YearDays> result = new HashMap<>();
		byYear.forEach((year, days) -> result.put(year, new YearDays(year, Map.copyOf(days))));
		return result;
	}

	List<CalendarYearSummary> findSummaries() {
		return this.jdbc.query("select y.cal_year, y.source, y.provisional, y.loaded_at, y.loaded_by, "
				+ "(select count(*) from calendar_day d where d.cal_year = y.cal_year) from calendar_year y "
				+ "order by y.cal_year",
				(rs, i) -> new CalendarYearSummary(rs.getInt(1), rs.getString(2), rs.getBoolean(3),
						rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6)));
	}

	Optional<CalendarYear> find(int year) {
		List<CalendarYear> years = this.jdbc.query(
				"select source, provisional from calendar_year where cal_year = ?",
				(rs, i) -> new CalendarYear(year, rs.getString(1), rs.getBoolean(2), new ArrayList<>()), year);
		if (years.isEmpty()) {
			return Optional.empty();
		}
		CalendarYear found = years.get(0);
		this.jdbc.query("select day_date, kind, name_vi, name_en from calendar_day where cal_year = ? order by day_date",
				rs -> {
					found.days().add(new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)),
							rs.getString(3), rs.getString(4)));
				}, year);
		return Optional.of(new CalendarYear(year, found.source(), found.provisional(), List.copyOf(found.days())));
	}

	/** Inserts a new year; fails with a duplicate key when another node or request inserted it first. */
	void insertYear(CalendarYear content, String loadedBy) {
		this.jdbc.update(
				"insert into calendar_year (cal_year, source, provisional, loaded_at, loaded_by) values (?, ?, ?, ?, ?)",
				content.year(), content.source(), content.provisional(), Timestamp.from(Instant.now()), loadedBy);
		insertDays(content);
	}

	/** Replaces the header and all days of a loaded year; the row lock serialises concurrent replacements. */
	boolean replaceYear(CalendarYear content, String loadedBy) {
		int updated = this.jdbc.update(
				"update calendar_year set source = ?, provisional = ?, loaded_at = ?, loaded_by = ? where cal_year = ?",
				content.source(), content.provisional(), Timestamp.from(Instant.now()), loadedBy, content.year());
		if (updated == 0) {
			return false;
		}
		this.jdbc.update("delete from calendar_day where cal_year = ?", content.year());
		insertDays(content);
		return true;
	}

	private void insertDays(CalendarYear content) {
		this.jdbc.batchUpdate("insert into calendar_day (cal_year, day_date, kind, name_vi, name_en) values (?, ?, ?, ?, ?)",
				content.days(), 100, (ps, day) -> {
					ps.setInt(1, content.year());
					ps.setDate(2, Date.valueOf(day.date()));
					ps.setString(3, day.kind().name());
					ps.setString(4, day.nameVi());
					ps.setString(5, day.nameEn());
				});
	}

}

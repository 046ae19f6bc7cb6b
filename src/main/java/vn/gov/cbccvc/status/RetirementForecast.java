package vn.gov.cbccvc.status;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.profile.cv.Sex;

/**
 * Who reaches the statutory retirement age in a period (Labour Code 2019 Art. 169, Decree 135/2020/NĐ-CP Art. 4).
 * Retirement dates grow with the birth date, so the people retiring in a period were born in one date range per
 * sex: the query reads exactly them (index on record status, sex and birth date), never the whole register.
 */
@Service
public class RetirementForecast {

	private final NamedParameterJdbcTemplate jdbc;

	private final StatusChangeRepository requests;

	RetirementForecast(NamedParameterJdbcTemplate jdbc, StatusChangeRepository requests) {
		this.jdbc = jdbc;
		this.requests = requests;
	}

	/** ACTIVE people of the unit (all units when null) whose retirement date falls in [from, to], soonest first. */
	@Transactional(readOnly = true)
	public Page<RetirementForecastRow> forecast(Long unitId, LocalDate from, LocalDate to, Pageable page) {
		List<RetirementForecastRow> all = candidates(unitId, from, to);
		int start = (int) Math.min(page.getOffset(), all.size());
		List<RetirementForecastRow> slice = all.subList(start, Math.min(start + page.getPageSize(), all.size()));
		Set<Long> open = slice.isEmpty() ? Set.of()
				: new HashSet<>(this.requests.openAmong(slice.stream().map(RetirementForecastRow::personId).toList()));
		return new PageImpl<>(slice.stream().map(r -> open.contains(r.personId()) ? withOpen(r) : r).toList(), page,
				all.size());
	}

	/** As {@link #forecast}, every row (for the daily start of status changes). */
	@Transactional(readOnly = true)
	public List<RetirementForecastRow> all(LocalDate from, LocalDate to) {
		return candidates(null, from, to);
	}

	private List<RetirementForecastRow> candidates(Long unitId, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("unit", unitId, java.sql.Types.BIGINT)
			.addValue("m1", RetirementAge.earliestBirthRetiringFrom(Sex.MALE, from))
			.addValue("m2", RetirementAge.earliestBirthRetiringFrom(Sex.MALE, to.plusDays(1)).minusDays(1))
			.addValue("f1", RetirementAge.earliestBirthRetiringFrom(Sex.FEMALE, from))
			.addValue("f2", RetirementAge.earliestBirthRetiringFrom(Sex.FEMALE, to.plusDays(1)).minusDays(1));
		return this.jdbc
			.query("select id, full_name, sex, birth_date, unit_id from person where record_status = 'ACTIVE'"
					+ " and (:unit is null or unit_id = :unit)"
					+ " and ((sex = 'MALE' and birth_date between :m1 and :m2)"
					+ " or (sex = 'FEMALE' and birth_date between :f1 and :f2))", params,
					(rs, i) -> row(rs.getLong("id"), rs.getString("full_name"), Sex.valueOf(rs.getString("sex")),
							rs.getObject("birth_date", LocalDate.class), rs.getLong("unit_id")))
			.stream()
			.sorted(Comparator.comparing(RetirementForecastRow::retirementDate)
				.thenComparing(RetirementForecastRow::fullName)
				.thenComparing(RetirementForecastRow::personId))
			.toList();
	}

	static RetirementForecastRow row(long personId, String fullName, Sex sex, LocalDate birthDate, long unitId) {
		Period age = RetirementAge.age(sex, birthDate);
		LocalDate retirement = RetirementAge.retirementDate(sex, birthDate);
		return new RetirementForecastRow(personId, fullName, sex, birthDate, unitId, age.getYears(), age.getMonths(),
				RetirementAge.reachedOn(sex, birthDate), retirement, retirement.plusDays(1), false);
	}

	private static RetirementForecastRow withOpen(RetirementForecastRow r) {
		return new RetirementForecastRow(r.personId(), r.fullName(), r.sex(), r.birthDate(), r.unitId(), r.ageYears(),
				r.ageMonths(), r.reachesAgeOn(), r.retirementDate(), r.pensionFrom(), true);
	}

}

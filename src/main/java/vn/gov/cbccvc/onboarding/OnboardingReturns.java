package vn.gov.cbccvc.onboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The reasons a record went back to the employee, kept for the record (append-only). */
@Component
class OnboardingReturns {

	private final NamedParameterJdbcTemplate jdbc;

	OnboardingReturns(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(long onboardingId, String step, String reasons, String by) {
		this.jdbc.update("insert into onboarding_return (onboarding_id, step, reasons, returned_by, returned_at)"
				+ " values (:id, :step, :reasons, :by, :now)", Map.of("id", onboardingId, "step", step, "reasons",
						reasons, "by", by, "now", Timestamp.from(Instant.now())));
	}

	List<Map<String, Object>> of(long onboardingId) {
		return this.jdbc.queryForList("select step, reasons, returned_by, returned_at from onboarding_return"
				+ " where onboarding_id = :id order by returned_at", Map.of("id", onboardingId));
	}

}

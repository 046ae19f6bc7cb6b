package vn.gov.cbccvc.onboarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reviewed records waiting for their unit's monthly approval window (TT06 Art. 7.1, DN Art. 7.1, HY Art. 8.1-8.2);
 * the window process reads them per unit when a window opens.
 */
@Component
class ApprovalQueue {

	private final NamedParameterJdbcTemplate jdbc;

	ApprovalQueue(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void enqueue(long personId, long unitId, Long onboardingId, String processInstanceId, String reviewedSha256,
			boolean headsOwnRecord) {
		remove(personId);
		this.jdbc.update("insert into approval_queue (person_id, unit_id, onboarding_id, process_instance_id,"
				+ " reviewed_sha256, heads_own_record, waiting_since, windows_missed)"
				+ " values (:person, :unit, :onboarding, :pi, :sha, :own, :now, 0)",
				new MapSqlParameterSource().addValue("person", personId)
					.addValue("unit", unitId)
					.addValue("onboarding", onboardingId, java.sql.Types.BIGINT)
					.addValue("pi", processInstanceId)
					.addValue("sha", reviewedSha256)
					.addValue("own", headsOwnRecord)
					.addValue("now", Timestamp.from(Instant.now())));
	}

	void remove(long personId) {
		this.jdbc.update("delete from approval_queue where person_id = :person", Map.of("person", personId));
	}

}

package vn.gov.cbccvc.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read model of the sync queue: per version, per person, and the province-wide summary. */
@Service
class SyncStates {

	private static final String COLUMNS = "version_id, person_id, status, reason, attempts, idempotency_key,"
			+ " receipt_id, queued_at, sent_at, acknowledged_at, process_instance_id, batch_id";

	/** The lag of a person's versions, not a list a user pages through: bounded. */
	private static final int MAX_PER_PERSON = 500;

	private final NamedParameterJdbcTemplate jdbc;

	SyncStates(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Optional<SyncState> ofVersion(long versionId) {
		return this.jdbc.query("select " + COLUMNS + " from sync_queue where version_id = :v", Map.of("v", versionId),
				MAPPER).stream().findFirst();
	}

	@Transactional(readOnly = true)
	List<SyncState> ofPerson(long personId) {
		return this.jdbc.query("select " + COLUMNS + " from sync_queue where person_id = :p order by queued_at desc"
				+ " fetch first " + MAX_PER_PERSON + " rows only", Map.of("p", personId), MAPPER);
	}

	@Transactional(readOnly = true)
	SyncSummary summary() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String status : List.of(SyncQueue.WAITING_FOR_DIRECTOR, SyncQueue.QUEUED, SyncQueue.SENT,
				SyncQueue.ACKNOWLEDGED, SyncQueue.REJECTED, SyncQueue.RETURNED_BY_DIRECTOR)) {
			counts.put(status, 0L);
		}
		this.jdbc.query("select status, count(*) from sync_queue group by status", Map.of(),
				rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				});
		OffsetDateTime oldest = this.jdbc.query(
				"select min(queued_at) from sync_queue where status in ('WAITING_FOR_DIRECTOR', 'QUEUED', 'SENT')", Map.of(),
				rs -> rs.next() ? SyncQueue.at(rs.getTimestamp(1)) : null);
		List<Long> lags = this.jdbc.query("select queued_at, acknowledged_at from sync_queue"
				+ " where acknowledged_at is not null", Map.of(),
				(rs, i) -> Duration.between(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant())
					.toSeconds());
		Long max = lags.stream().max(Long::compare).orElse(null);
		Double avg = lags.isEmpty() ? null : lags.stream().mapToLong(Long::longValue).average().orElse(0);
		return new SyncSummary(counts, oldest, max, avg);
	}

	private static final RowMapper<SyncState> MAPPER = SyncStates::map;

	private static SyncState map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime queued = SyncQueue.at(rs.getTimestamp("queued_at"));
		OffsetDateTime ack = SyncQueue.at(rs.getTimestamp("acknowledged_at"));
		Long lag = ack == null ? null : Duration.between(queued, ack).toSeconds();
		return new SyncState(rs.getLong("version_id"), rs.getLong("person_id"), rs.getString("status"),
				rs.getString("reason"), rs.getInt("attempts"), rs.getString("idempotency_key"),
				rs.getString("receipt_id"), queued, SyncQueue.at(rs.getTimestamp("sent_at")), ack, lag,
				rs.getString("process_instance_id"), rs.getObject("batch_id", Long.class));
	}

}

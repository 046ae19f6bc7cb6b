package vn.gov.cbccvc.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code approval_queue} read model the onboarding process fills when it locks a reviewed record (V9): which
 * units have records waiting, the records of one batch, and their removal once decided.
 */
@Repository
class ApprovalQueue {

	/** A unit with records waiting for one approver (the deputy for the head's own record, DN Art. 7.1). */
	record Waiting(long unitId, boolean headsOwnRecord) {
	}

	/** A waiting record's person and onboarding instance. */
	record Instance(long personId, String processInstanceId) {
	}

	/** A queue row as the decision needs it. */
	record Row(long personId, String processInstanceId, String reviewedSha256, Long onboardingId) {
	}

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	ApprovalQueue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	List<Waiting> waitingUnits() {
		return this.jdbc.query("select distinct unit_id, heads_own_record from approval_queue"
				+ " order by unit_id, heads_own_record",
				(rs, i) -> new Waiting(rs.getLong("unit_id"), rs.getBoolean("heads_own_record")));
	}

	/** The records of a batch with the person's name and file number, oldest first, in one query per page. */
	Page<QueuedRecord> records(long unitId, boolean headsOwnRecord, Pageable pageable) {
		long total = count(unitId, headsOwnRecord);
		List<QueuedRecord> rows = this.jdbc.query("select q.person_id, p.full_name, p.file_number, q.waiting_since,"
				+ " q.reviewed_sha256, q.windows_missed from approval_queue q join person p on p.id = q.person_id"
				+ " where q.unit_id = ? and q.heads_own_record = ? order by q.waiting_since, q.person_id"
				+ " limit ? offset ?", ApprovalQueue::record, unitId, headsOwnRecord, pageable.getPageSize(),
				pageable.getOffset());
		return new PageImpl<>(rows, pageable, total);
	}

	long count(long unitId, boolean headsOwnRecord) {
		Long n = this.jdbc.queryForObject("select count(*) from approval_queue where unit_id = ?"
				+ " and heads_own_record = ?", Long.class, unitId, headsOwnRecord);
		return n == null ? 0 : n;
	}

	/** The rows of {@code personIds} that belong to the batch of this unit and approver, locked until commit. */
	Map<Long, Row> rowsOf(long unitId, boolean headsOwnRecord, Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return this.named.query("select person_id, process_instance_id, reviewed_sha256, onboarding_id"
				+ " from approval_queue where unit_id = :unit and heads_own_record = :own and person_id in (:ids)"
				+ " for update",
				new MapSqlParameterSource().addValue("unit", unitId)
					.addValue("own", headsOwnRecord)
					.addValue("ids", personIds),
				(rs, i) -> new Row(rs.getLong("person_id"), rs.getString("process_instance_id"),
						rs.getString("reviewed_sha256"), rs.getObject("onboarding_id", Long.class)))
			.stream()
			.collect(Collectors.toMap(Row::personId, Function.identity()));
	}

	/** The onboarding instances of the batch's records, for overdue items. */
	List<Instance> instances(long unitId, boolean headsOwnRecord) {
		return this.jdbc.query("select person_id, process_instance_id from approval_queue where unit_id = ?"
				+ " and heads_own_record = ? order by person_id",
				(rs, i) -> new Instance(rs.getLong("person_id"), rs.getString("process_instance_id")),
				unitId, headsOwnRecord);
	}

	/** A reviewed record joins its unit's queue (replacing an earlier entry of the same person). */
	void enqueue(long personId, long unitId, Long onboardingId, String processInstanceId, String reviewedSha256,
			boolean headsOwnRecord) {
		remove(java.util.List.of(personId));
		this.jdbc.update("insert into approval_queue (person_id, unit_id, onboarding_id, process_instance_id,"
				+ " reviewed_sha256, heads_own_record, waiting_since, windows_missed) values (?, ?, ?, ?, ?, ?, ?, 0)",
				personId, unitId, onboardingId, processInstanceId, reviewedSha256, headsOwnRecord,
				java.sql.Timestamp.from(java.time.Instant.now()));
	}

	void remove(Collection<Long> personIds) {
		if (!personIds.isEmpty()) {
			this.named.update("delete from approval_queue where person_id in (:ids)",
					new MapSqlParameterSource("ids", personIds));
		}
	}

	int incrementMissed(long unitId, boolean headsOwnRecord) {
		return this.jdbc.update("update approval_queue set windows_missed = windows_missed + 1 where unit_id = ?"
				+ " and heads_own_record = ?", unitId, headsOwnRecord);
	}

	private static QueuedRecord record(ResultSet rs, int row) throws SQLException {
		return new QueuedRecord(rs.getLong("person_id"), rs.getString("full_name"), rs.getString("file_number"),
				rs.getObject("waiting_since", OffsetDateTime.class).atZoneSameInstant(EngineClock.ZONE)
					.toOffsetDateTime(),
				rs.getString("reviewed_sha256"), rs.getInt("windows_missed"));
	}

}

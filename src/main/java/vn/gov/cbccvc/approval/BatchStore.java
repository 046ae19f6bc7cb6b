package vn.gov.cbccvc.approval;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.ruleset.ApprovalWindows.Window;
import vn.gov.cbccvc.ruleset.RuleRole;

/** The {@code approval_batch} and {@code approval_decision} tables. */
@Repository
class BatchStore {

	private static final String COLUMNS = "id, unit_id, approver_role, window_key, window_first_day, window_last_day,"
			+ " closes_at, article, status, process_instance_id, signature_id, decided_by";

	private final JdbcTemplate jdbc;

	BatchStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Batch> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from approval_batch where id = ?", BatchStore::map, id)
			.stream()
			.findFirst();
	}

	Batch require(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("lô phê duyệt / approval batch", id));
	}

	/**
	 * Opens the batch of {@code unitId} and {@code role} for {@code window} unless it exists; empty when it did. Two
	 * nodes racing past the check meet the unique key, and the losing job is retried and then finds the row.
	 */
	Optional<Long> openIfAbsent(long unitId, RuleRole role, Window window, OffsetDateTime closesAt,
			String processInstanceId, OffsetDateTime now) {
		Integer existing = this.jdbc.queryForObject("select count(*) from approval_batch"
				+ " where unit_id = ? and approver_role = ? and window_first_day = ?", Integer.class, unitId, role.name(),
				Date.valueOf(window.firstDay()));
		if (existing != null && existing > 0) {
			return Optional.empty();
		}
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(con -> {
			PreparedStatement ps = con.prepareStatement("insert into approval_batch (unit_id, approver_role,"
					+ " window_key, window_first_day, window_last_day, closes_at, article, status, process_instance_id,"
					+ " opened_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			ps.setLong(1, unitId);
			ps.setString(2, role.name());
			ps.setString(3, window.key());
			ps.setDate(4, Date.valueOf(window.firstDay()));
			ps.setDate(5, Date.valueOf(window.lastDay()));
			ps.setObject(6, closesAt);
			ps.setString(7, window.article());
			ps.setString(8, BatchStatus.OPEN.name());
			ps.setString(9, processInstanceId);
			ps.setObject(10, now);
			return ps;
		}, key);
		return Optional.of(key.getKey().longValue());
	}

	/**
	 * Claims the batch for one decision: true for the first caller only (the row lock orders concurrent requests),
	 * so two heads clicking at once never decide the same records twice.
	 */
	boolean claimDecision(long id, String username) {
		return this.jdbc.update("update approval_batch set decided_by = ? where id = ? and status = ?"
				+ " and decided_by is null", username, id, BatchStatus.OPEN.name()) == 1;
	}

	void recordOutcome(long id, Long signatureId, int approved, int returned) {
		this.jdbc.update("update approval_batch set signature_id = ?, approved_count = ?, returned_count = ?"
				+ " where id = ?", signatureId, approved, returned, id);
	}

	/** Moves an open batch to {@code status}; false when it had already left OPEN (a retried job). */
	boolean close(long id, BatchStatus status, OffsetDateTime now) {
		return this.jdbc.update("update approval_batch set status = ?, closed_at = ? where id = ? and status = ?",
				status.name(), now, id, BatchStatus.OPEN.name()) == 1;
	}

	void recordDecision(long batchId, long personId, String decision, Long versionId, String reasons,
			String decidedBy, OffsetDateTime at) {
		this.jdbc.update("insert into approval_decision (batch_id, person_id, decision, version_id, reasons,"
				+ " decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?)", batchId, personId, decision, versionId,
				reasons, decidedBy, at);
	}

	private static Batch map(ResultSet rs, int row) throws SQLException {
		return new Batch(rs.getLong("id"), rs.getLong("unit_id"), RuleRole.valueOf(rs.getString("approver_role")),
				rs.getString("window_key"), rs.getDate("window_first_day").toLocalDate(),
				rs.getDate("window_last_day").toLocalDate(),
				rs.getObject("closes_at", OffsetDateTime.class).atZoneSameInstant(EngineClock.ZONE).toOffsetDateTime(),
				rs.getString("article"), BatchStatus.valueOf(rs.getString("status")),
				rs.getString("process_instance_id"), rs.getObject("signature_id", Long.class), rs.getString("decided_by"));
	}

}

package vn.gov.cbccvc.sync;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.gov.cbccvc.approval.EngineClock;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.ruleset.ApprovalWindows.Window;

/**
 * The {@code sync_batch} and {@code sync_batch_entry} tables and the batch's link on {@code sync_queue}. Every
 * statement works on a whole batch or a chunk of it: a batch of a province of 250,000 people never loops per row.
 */
@Repository
class SyncBatchStore {

	private static final String COLUMNS = "id, window_key, window_first_day, window_last_day, closes_at, article,"
			+ " approver_group, status, process_instance_id, cut_at, entry_count, signature_id, signed_by, signed_at,"
			+ " signed_count, returned_count, closed_at";

	private final NamedParameterJdbcTemplate jdbc;

	SyncBatchStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SyncBatch> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from sync_batch where id = :id", Map.of("id", id),
				SyncBatchStore::map).stream().findFirst();
	}

	SyncBatch require(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("lô đồng bộ / sync batch", id));
	}

	Optional<SyncBatch> ofWindow(Window window) {
		return this.jdbc.query("select " + COLUMNS + " from sync_batch where window_first_day = :first",
				Map.of("first", Date.valueOf(window.firstDay())), SyncBatchStore::map).stream().findFirst();
	}

	Page<SyncBatch> list(Pageable page) {
		Long total = this.jdbc.queryForObject("select count(*) from sync_batch", Map.of(), Long.class);
		List<SyncBatch> rows = this.jdbc.query("select " + COLUMNS + " from sync_batch order by window_first_day desc,"
				+ " id desc offset :offset rows fetch next :limit rows only",
				Map.of("offset", page.getOffset(), "limit", page.getPageSize()), SyncBatchStore::map);
		return new PageImpl<>(rows, page, total == null ? 0 : total);
	}

	/**
	 * Cuts the batch of {@code window}: every version waiting for the director in no batch, at most
	 * {@code maxEntries} (lowest version ids first), in three statements. Null when nothing waits; the existing
	 * batch's id when the window was cut already (a retried job, a second node).
	 */
	Long cut(Window window, OffsetDateTime closesAt, String approverGroup, String processInstanceId,
			OffsetDateTime now, int maxEntries) {
		Optional<SyncBatch> existing = ofWindow(window);
		if (existing.isPresent()) {
			return existing.get().id();
		}
		Integer waiting = this.jdbc.queryForObject("select count(*) from sync_queue where status = :waiting"
				+ " and batch_id is null", Map.of("waiting", SyncQueue.WAITING_FOR_DIRECTOR), Integer.class);
		if (waiting == null || waiting == 0) {
			return null;
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("insert into sync_batch (window_key, window_first_day, window_last_day, closes_at, article,"
				+ " approver_group, status, process_instance_id, cut_at) values (:key, :first, :last, :closes, :article,"
				+ " :approver, :status, :pi, :now)", new MapSqlParameterSource().addValue("key", window.key())
					.addValue("first", Date.valueOf(window.firstDay()))
					.addValue("last", Date.valueOf(window.lastDay()))
					.addValue("closes", closesAt)
					.addValue("article", window.article())
					.addValue("approver", approverGroup)
					.addValue("status", SyncBatch.OPEN)
					.addValue("pi", processInstanceId)
					.addValue("now", now), key, new String[] { "id" });
		long batchId = key.getKey().longValue();
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("batch", batchId)
			.addValue("waiting", SyncQueue.WAITING_FOR_DIRECTOR)
			.addValue("pending", SyncBatchEntry.PENDING)
			.addValue("max", maxEntries);
		int entries = this.jdbc.update("insert into sync_batch_entry (batch_id, version_id, person_id, sha256,"
				+ " decision, released) select :batch, q.version_id, q.person_id, v.content_sha256, :pending, false"
				+ " from sync_queue q join profile_version v on v.id = q.version_id"
				+ " where q.status = :waiting and q.batch_id is null order by q.version_id fetch first :max rows only",
				params);
		this.jdbc.update("update sync_queue set batch_id = :batch where status = :waiting and batch_id is null"
				+ " and version_id in (select version_id from sync_batch_entry where batch_id = :batch)", params);
		this.jdbc.update("update sync_batch set entry_count = :count where id = :batch",
				params.addValue("count", entries));
		return batchId;
	}

	Page<SyncBatchLine> entries(long batchId, Pageable page) {
		Long total = this.jdbc.queryForObject("select count(*) from sync_batch_entry where batch_id = :batch",
				Map.of("batch", batchId), Long.class);
		List<SyncBatchLine> rows = this.jdbc.query("select e.version_id, v.version_no, v.kind, e.person_id,"
				+ " p.full_name, p.file_number, u.name unit_name, e.sha256, e.decision, e.reason, e.released"
				+ " from sync_batch_entry e join profile_version v on v.id = e.version_id"
				+ " join person p on p.id = e.person_id join org_unit u on u.id = p.unit_id"
				+ " where e.batch_id = :batch order by e.version_id offset :offset rows fetch next :limit rows only",
				Map.of("batch", batchId, "offset", page.getOffset(), "limit", page.getPageSize()),
				(rs, row) -> new SyncBatchLine(rs.getLong("version_id"), rs.getInt("version_no"), rs.getString("kind"),
						rs.getLong("person_id"), rs.getString("full_name"), rs.getString("file_number"),
						rs.getString("unit_name"), rs.getString("sha256"), rs.getString("decision"),
						rs.getString("reason"), rs.getBoolean("released")));
		return new PageImpl<>(rows, page, total == null ? 0 : total);
	}

	/** The pending entries of the batch, for the manifest the director signs (one query). */
	List<SyncBatchEntry> pending(long batchId) {
		return this.jdbc.query("select version_id, person_id, sha256, decision, reason, released"
				+ " from sync_batch_entry where batch_id = :batch and decision = :pending order by version_id",
				Map.of("batch", batchId, "pending", SyncBatchEntry.PENDING), SyncBatchStore::mapEntry);
	}

	/** Claims the open batch for one signing: true for the first caller only (the row lock orders them). */
	boolean claimSigning(long batchId, String username, OffsetDateTime now) {
		return this.jdbc.update("update sync_batch set status = :signed, signed_by = :user, signed_at = :now"
				+ " where id = :id and status = :open", new MapSqlParameterSource().addValue("signed", SyncBatch.SIGNED)
					.addValue("user", username)
					.addValue("now", now)
					.addValue("id", batchId)
					.addValue("open", SyncBatch.OPEN)) == 1;
	}

	void returnEntries(long batchId, Map<Long, String> reasons) {
		MapSqlParameterSource[] rows = reasons.entrySet()
			.stream()
			.map(e -> new MapSqlParameterSource().addValue("batch", batchId)
				.addValue("version", e.getKey())
				.addValue("reason", e.getValue())
				.addValue("returned", SyncBatchEntry.RETURNED)
				.addValue("pending", SyncBatchEntry.PENDING))
			.toArray(MapSqlParameterSource[]::new);
		this.jdbc.batchUpdate("update sync_batch_entry set decision = :returned, reason = :reason"
				+ " where batch_id = :batch and version_id = :version and decision = :pending", rows);
	}

	/** Every entry still pending is signed; records the signature and the counts. */
	void recordSigned(long batchId, Long signatureId, int signed, int returned) {
		this.jdbc.update("update sync_batch_entry set decision = :signed where batch_id = :batch and decision = :pending",
				Map.of("signed", SyncBatchEntry.SIGNED, "batch", batchId, "pending", SyncBatchEntry.PENDING));
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("sig", signatureId)
			.addValue("signed", signed)
			.addValue("returned", returned)
			.addValue("id", batchId);
		this.jdbc.update("update sync_batch set signature_id = :sig, signed_count = :signed,"
				+ " returned_count = :returned where id = :id", params);
	}

	/**
	 * The missed window: the open batch closes unsigned, its entries are marked carried over and its versions
	 * leave it, so the next cut takes them again. False when the batch had already left OPEN (a retried job).
	 */
	boolean closeUnsigned(long batchId, OffsetDateTime now) {
		int closed = this.jdbc.update("update sync_batch set status = :closed, closed_at = :now where id = :id"
				+ " and status = :open", new MapSqlParameterSource().addValue("closed", SyncBatch.CLOSED_UNSIGNED)
					.addValue("now", now)
					.addValue("id", batchId)
					.addValue("open", SyncBatch.OPEN));
		if (closed == 0) {
			return false;
		}
		this.jdbc.update("update sync_batch_entry set decision = :carried where batch_id = :batch"
				+ " and decision = :pending", Map.of("carried", SyncBatchEntry.CARRIED_OVER, "batch", batchId,
						"pending", SyncBatchEntry.PENDING));
		this.jdbc.update("update sync_queue set batch_id = null where batch_id = :batch and status = :waiting",
				Map.of("batch", batchId, "waiting", SyncQueue.WAITING_FOR_DIRECTOR));
		return true;
	}

	/** The next chunk of decided versions whose sync instance has not been told yet, by version id. */
	List<SyncBatchEntry> nextToRelease(long batchId, int chunk) {
		return this.jdbc.query("select version_id, person_id, sha256, decision, reason, released"
				+ " from sync_batch_entry where batch_id = :batch and released = false and decision in (:decided)"
				+ " order by version_id fetch first :chunk rows only",
				new MapSqlParameterSource().addValue("batch", batchId)
					.addValue("decided", List.of(SyncBatchEntry.SIGNED, SyncBatchEntry.RETURNED))
					.addValue("chunk", chunk), SyncBatchStore::mapEntry);
	}

	/** Moves the sync states of the chunk up to {@code lastVersionId} and marks it released: four statements. */
	void markReleased(long batchId, long lastVersionId, OffsetDateTime now) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("batch", batchId)
			.addValue("last", lastVersionId)
			.addValue("now", now)
			.addValue("waiting", SyncQueue.WAITING_FOR_DIRECTOR)
			.addValue("queued", SyncQueue.QUEUED)
			.addValue("returnedState", SyncQueue.RETURNED_BY_DIRECTOR)
			.addValue("signed", SyncBatchEntry.SIGNED)
			.addValue("returned", SyncBatchEntry.RETURNED);
		String chunk = " from sync_batch_entry e where e.batch_id = :batch and e.released = false"
				+ " and e.version_id <= :last and e.version_id = sync_queue.version_id";
		this.jdbc.update("update sync_queue set status = :queued, updated_at = :now where status = :waiting"
				+ " and exists (select 1" + chunk + " and e.decision = :signed)", params);
		this.jdbc.update("update sync_queue set status = :returnedState, updated_at = :now, reason = (select e.reason"
				+ chunk + ") where status = :waiting and exists (select 1" + chunk + " and e.decision = :returned)",
				params);
		this.jdbc.update("update sync_batch_entry set released = true where batch_id = :batch and released = false"
				+ " and version_id <= :last and decision in (:signed, :returned)", params);
	}

	private static SyncBatch map(ResultSet rs, int row) throws SQLException {
		return new SyncBatch(rs.getLong("id"), rs.getString("window_key"), rs.getDate("window_first_day").toLocalDate(),
				rs.getDate("window_last_day").toLocalDate(), at(rs, "closes_at"), rs.getString("article"),
				rs.getString("approver_group"), rs.getString("status"), rs.getString("process_instance_id"),
				at(rs, "cut_at"), rs.getInt("entry_count"), rs.getObject("signature_id", Long.class),
				rs.getString("signed_by"), at(rs, "signed_at"), rs.getInt("signed_count"), rs.getInt("returned_count"),
				at(rs, "closed_at"));
	}

	private static OffsetDateTime at(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.atZoneSameInstant(EngineClock.ZONE).toOffsetDateTime();
	}

	private static SyncBatchEntry mapEntry(ResultSet rs, int row) throws SQLException {
		return new SyncBatchEntry(rs.getLong("version_id"), rs.getLong("person_id"), rs.getString("sha256"),
				rs.getString("decision"), rs.getString("reason"), rs.getBoolean("released"));
	}

}

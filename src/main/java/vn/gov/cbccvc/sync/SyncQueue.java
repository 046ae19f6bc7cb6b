package vn.gov.cbccvc.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-off to the national sync (TT06 Art. 6.4, 12.2): every signed version is queued once. The sync itself
 * (external tasks to the national database) reads this queue; queuing twice changes nothing.
 */
@Service
public class SyncQueue {

	public static final String QUEUED = "QUEUED";

	private final NamedParameterJdbcTemplate jdbc;

	SyncQueue(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void enqueue(long versionId, long personId) {
		Map<String, Object> params = Map.of("version", versionId, "person", personId, "status", QUEUED, "now",
				Timestamp.from(Instant.now()));
		Integer existing = this.jdbc.queryForObject("select count(*) from sync_queue where version_id = :version",
				params, Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		try {
			this.jdbc.update("insert into sync_queue (version_id, person_id, status, queued_at, updated_at)"
					+ " values (:version, :person, :status, :now, :now)", params);
		}
		catch (DuplicateKeyException ex) {
			// queued by a concurrent retry
		}
	}

	@Transactional(readOnly = true)
	public String statusOf(long versionId) {
		return this.jdbc.query("select status from sync_queue where version_id = :version", Map.of("version", versionId),
				rs -> rs.next() ? rs.getString(1) : null);
	}

}

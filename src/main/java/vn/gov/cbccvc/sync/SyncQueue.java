package vn.gov.cbccvc.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.ruleset.StepFlag;

/**
 * The hand-off to the national sync (TT06 Art. 6.4, 12.2): every signed version is queued once and one
 * {@code Process_NationalSync} instance (business key {@code SYNC-<versionId>}) carries it to the national
 * database; queuing twice changes nothing. The row also records what the national side answered.
 */
@Service
public class SyncQueue {

	public static final String QUEUED = "QUEUED";

	public static final String SENT = "SENT";

	public static final String ACKNOWLEDGED = "ACKNOWLEDGED";

	public static final String REJECTED = "REJECTED";

	/** Signed, held until the DoHA director signs the month's sync batch (HY Art. 8.4; HCM Art. 7.3, 11.7). */
	public static final String WAITING_FOR_DIRECTOR = "WAITING_FOR_DIRECTOR";

	/** The director sent the version back from the sync batch with a reason; it is not synced. */
	public static final String RETURNED_BY_DIRECTOR = "RETURNED_BY_DIRECTOR";

	static final String PROCESS_KEY = "Process_NationalSync";

	private final NamedParameterJdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final IdentityService identity;

	private final RuleSetRegistry ruleSets;

	SyncQueue(NamedParameterJdbcTemplate jdbc, RuntimeService runtime, IdentityService identity,
			RuleSetRegistry ruleSets) {
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.identity = identity;
		this.ruleSets = ruleSets;
	}

	static String businessKey(long versionId) {
		return "SYNC-" + versionId;
	}

	/**
	 * Queues the version and starts its sync in the caller's transaction; a second call does nothing. Where the
	 * rule set has DIRECTOR_SIGNS_SYNC the version waits for the director's monthly batch (HY Art. 8.4).
	 */
	@Transactional
	public void enqueue(long versionId, long personId) {
		boolean directorSigns = this.ruleSets.inForce().isEnabled(StepFlag.DIRECTOR_SIGNS_SYNC);
		Map<String, Object> params = Map.of("version", versionId, "person", personId, "status",
				directorSigns ? WAITING_FOR_DIRECTOR : QUEUED, "now", Timestamp.from(Instant.now()));
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
			// queued by a concurrent retry, which also started the instance
			return;
		}
		String instanceId = startAsSystem(versionId, personId, directorSigns);
		this.jdbc.update("update sync_queue set process_instance_id = :instance where version_id = :version",
				Map.of("instance", instanceId, "version", versionId));
	}

	/**
	 * The sync is the system's work, not the caller's: a head whose approval hands the version over needs no
	 * right to start Process_NationalSync, so the engine's authorization checks are off for this one call.
	 */
	private String startAsSystem(long versionId, long personId, boolean directorSigns) {
		// the declared type sits in an impl package: read it through its getters (as CamundaIdentity does)
		var caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			return this.runtime
				.startProcessInstanceByKey(PROCESS_KEY, businessKey(versionId),
						Map.of(SyncVars.VERSION_ID, versionId, SyncVars.PERSON_ID, personId, SyncVars.DIRECTOR_SIGNS,
								directorSigns))
				.getId();
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller.getUserId(), caller.getGroupIds(), caller.getTenantIds());
			}
		}
	}

	@Transactional(readOnly = true)
	public String statusOf(long versionId) {
		return this.jdbc.query("select status from sync_queue where version_id = :version", Map.of("version", versionId),
				rs -> rs.next() ? rs.getString(1) : null);
	}

	/** The call to the national database starts now. */
	@Transactional
	public void markSent(long versionId, String idempotencyKey, String sha256) {
		Map<String, Object> params = new HashMap<>();
		params.put("version", versionId);
		params.put("key", idempotencyKey);
		params.put("sha", sha256);
		params.put("now", Timestamp.from(Instant.now()));
		// an acknowledged version stays acknowledged: a late duplicate delivery does not move it back
		this.jdbc.update("update sync_queue set status = case when status = 'ACKNOWLEDGED' then status else 'SENT' end,"
				+ " idempotency_key = :key, content_sha256 = :sha, attempts = attempts + 1,"
				+ " sent_at = :now, updated_at = :now, reason = null where version_id = :version", params);
	}

	@Transactional
	public void markAcknowledged(long versionId, NationalReceipt receipt) {
		Instant ackAt = receipt.receivedAt() == null ? Instant.now() : receipt.receivedAt().toInstant();
		this.jdbc.update("update sync_queue set status = 'ACKNOWLEDGED', receipt_id = :receipt,"
				+ " acknowledged_at = coalesce(acknowledged_at, :ack), updated_at = :now, reason = null"
				+ " where version_id = :version",
				Map.of("receipt", receipt.receiptId(), "ack", Timestamp.from(ackAt), "now",
						Timestamp.from(Instant.now()), "version", versionId));
	}

	@Transactional
	public void markRejected(long versionId, String reason) {
		this.jdbc.update("update sync_queue set status = 'REJECTED', reason = :reason, updated_at = :now"
				+ " where version_id = :version and status <> 'ACKNOWLEDGED'",
				Map.of("reason", reason, "now", Timestamp.from(Instant.now()), "version", versionId));
	}

	/** Technical failure: the version waits for the next attempt (the reason is what Cockpit also shows). */
	@Transactional
	public void markRetrying(long versionId, String reason) {
		this.jdbc.update("update sync_queue set status = 'QUEUED', reason = :reason, updated_at = :now"
				+ " where version_id = :version and status = 'SENT'",
				Map.of("reason", reason, "now", Timestamp.from(Instant.now()), "version", versionId));
	}

	static OffsetDateTime at(Timestamp ts) {
		return ts == null ? null : ts.toInstant().atZone(ZoneId.of(CbccvcApplication.ZONE)).toOffsetDateTime();
	}

}

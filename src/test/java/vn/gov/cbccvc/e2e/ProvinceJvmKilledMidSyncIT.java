package vn.gov.cbccvc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import vn.gov.cbccvc.profile.CanonicalJson;
import vn.gov.cbccvc.support.EmbeddedPostgres;

/**
 * The province dies mid-sync (TT06 Art. 12.2-12.4): a province node in its own JVM, on its own PostgreSQL
 * database, sends {@value #VERSIONS} signed versions to a national node that holds each answer back for a while.
 * Once a third has arrived, and while the national node has stored a version but not yet answered, the province
 * JVM is killed with SIGKILL. Restarted on the same database, it finishes the queue: every version is stored
 * nationally exactly once with the hash both sides computed, the re-sends of versions the dead node had already
 * delivered are answered with the earlier receipt (deduplicated by the idempotency key), nothing is left SENT or
 * QUEUED and no incident is open.
 */
class ProvinceJvmKilledMidSyncIT {

	static final int VERSIONS = 120;

	static final int KILL_AFTER = VERSIONS / 3;

	static final Duration NATIONAL_ANSWER_DELAY = Duration.ofMillis(100);

	static final Duration NODE_START = Duration.ofMinutes(3);

	ProvinceProcess province;

	NationalNode national;

	NodeDatabase provinceDb;

	@AfterEach
	void stopNodes() {
		if (this.province != null) {
			this.province.close();
		}
		if (this.national != null) {
			this.national.close();
		}
		if (this.provinceDb != null) {
			this.provinceDb.close();
		}
	}

	@Test
	void provinceKilledWhileVersionsAreInFlight_afterRestartEachVersionArrivesExactlyOnce_resendsDeduplicated() {
		long started = System.nanoTime();
		String databaseUrl = EmbeddedPostgres.newDatabase();
		int nationalPort = Ports.free();
		List<String> args = provinceArgs(databaseUrl, nationalPort);
		this.provinceDb = new NodeDatabase(databaseUrl);

		// the province starts and creates its demo CA; the national node trusts it
		this.province = ProvinceProcess.start("province-run1", args);
		AtomicReference<X509Certificate> ca = new AtomicReference<>();
		Waits.until("the province's demo CA", NODE_START, () -> {
			requireAlive(this.province);
			ca.set(demoCaIfThere());
			return ca.get() != null;
		}, this.province::tail);
		this.national = NationalNode.start(nationalPort, NATIONAL_ANSWER_DELAY,
				List.of(new NationalNode.Client("dongnai", "secret", "H19")), List.of(ca.get()));
		long firstStart = System.nanoTime();

		// a third has arrived; hold the next answer, then pull the plug while it is held
		Waits.until(KILL_AFTER + " versions stored nationally", NODE_START, () -> {
			requireAlive(this.province);
			return this.national.stored() >= KILL_AFTER;
		}, this.province::tail);
		this.national.freeze();
		Waits.until("a version stored but not yet answered", Duration.ofSeconds(30), () -> this.national.held() > 0);
		this.province.kill();
		long killedAt = System.nanoTime();
		this.national.release();

		int storedAtKill = this.national.stored();
		Map<String, String> nationalKeysAtKill = nationalShaByKey();
		List<Map<String, Object>> sentAtKill = this.provinceDb.jdbc
			.queryForList("select version_id, idempotency_key from sync_queue where status = 'SENT'");
		long deliveredButUnacknowledged = sentAtKill.stream()
			.filter(row -> nationalKeysAtKill.containsKey((String) row.get("idempotency_key")))
			.count();
		assertThat(storedAtKill).as("killed mid-sync").isBetween(KILL_AFTER, VERSIONS - 1);
		assertThat(deliveredButUnacknowledged).as("versions the dead node had delivered without learning it")
			.isGreaterThanOrEqualTo(1);

		// restart on the same database; the locks of the dead worker expire and the queue drains
		this.province = ProvinceProcess.start("province-run2", args);
		Waits.until("the sync queue drained", NODE_START, () -> {
			requireAlive(this.province);
			return acknowledged() == VERSIONS && openSyncInstances() == 0;
		}, () -> syncStates() + "\n" + this.province.tail());
		long drainedAt = System.nanoTime();

		// the province: every version acknowledged, nothing waiting, no incident, no sync instance left
		assertThat(this.provinceDb.count("select count(*) from sync_queue")).isEqualTo(VERSIONS);
		assertThat(this.provinceDb.count("select count(*) from sync_queue where status in ('SENT', 'QUEUED', 'REJECTED')"))
			.isZero();
		assertThat(this.provinceDb.count("select count(*) from act_ru_incident")).as("open incidents").isZero();
		assertThat(this.provinceDb.count("select count(*) from act_ru_ext_task")).isZero();

		// the nation: each version exactly once, its hash the province's and the content's own
		Map<String, Object[]> nation = new HashMap<>();
		for (Map<String, Object> row : this.national.rows()) {
			byte[] content = (byte[]) row.get("content");
			assertThat(nation.put((String) row.get("idempotency_key"),
					new Object[] { row.get("sha256"), NodeDatabase.sha256(content) })).as("stored once").isNull();
		}
		assertThat(nation).hasSize(VERSIONS);
		assertThat(this.national.stored()).as("versions stored (HTTP 201)").isEqualTo(VERSIONS);
		List<Map<String, Object>> province = this.provinceDb.jdbc.queryForList("select q.idempotency_key,"
				+ " q.content_sha256, q.attempts, v.content from sync_queue q join profile_version v on v.id = q.version_id");
		for (Map<String, Object> row : province) {
			String key = (String) row.get("idempotency_key");
			String provinceSha = CanonicalJson.sha256Hex((String) row.get("content"));
			assertThat(row.get("content_sha256")).as(key).isEqualTo(provinceSha);
			assertThat(nation).as(key).containsKey(key);
			assertThat(nation.get(key)).as(key).containsExactly(provinceSha, provinceSha);
			assertThat(key).endsWith(":" + provinceSha);
		}

		// the re-sends of delivered versions were answered with the earlier receipt, not stored again
		int deduplicated = this.national.deduplicated();
		assertThat(deduplicated).as("re-sends deduplicated by the idempotency key")
			.isGreaterThanOrEqualTo((int) deliveredButUnacknowledged);
		for (Map<String, Object> row : sentAtKill) {
			String key = (String) row.get("idempotency_key");
			if (nationalKeysAtKill.containsKey(key)) {
				assertThat(this.provinceDb.count("select attempts from sync_queue where version_id = ?",
						row.get("version_id"))).as("sent again after the restart").isGreaterThanOrEqualTo(2);
				assertThat(this.provinceDb.jdbc.queryForObject(
						"select receipt_id from sync_queue where version_id = ?", String.class, row.get("version_id")))
					.isEqualTo(this.national.jdbc().queryForObject(
							"select receipt_id from national_version where idempotency_key = ?", String.class, key));
			}
		}
		System.out.printf("E2E province killed mid-sync: %d versions; first node up and CA trusted after %d s;"
				+ " killed with %d stored (%d delivered but unacknowledged); drained %d s after the kill;"
				+ " %d re-sends deduplicated; total %d s%n", VERSIONS, seconds(started, firstStart), storedAtKill,
				deliveredButUnacknowledged, seconds(killedAt, drainedAt), deduplicated,
				seconds(started, System.nanoTime()));
	}

	private List<String> provinceArgs(String databaseUrl, int nationalPort) {
		return List.of("--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.hikari.maximum-pool-size=6",
				"--spring.datasource.hikari.minimum-idle=1", "--server.port=0", "--app.demo.enabled=true",
				"--camunda.bpm.job-execution.enabled=true", "--app.sync.national-url=http://localhost:" + nationalPort,
				"--app.sync.province-code=H19", "--app.sync.agency-code=000.00.00.H19", "--app.sync.username=dongnai",
				"--app.sync.password=secret", "--app.sync.connect-timeout=1s", "--app.sync.read-timeout=60s",
				"--app.sync.worker.enabled=true", "--app.sync.worker.max-tasks=5",
				// the dead worker's locks must expire soon after the restart
				"--app.sync.worker.lock-duration=5s", "--app.sync.worker.retries=5",
				"--app.sync.worker.retry-base=200ms", "--app.sync.worker.retry-max=1s",
				"--app.sync.worker.idle-wait=50ms", "--app.sync.worker.idle-wait-max=200ms",
				"--" + SignedVersionSeeder.COUNT_PROPERTY + "=" + VERSIONS);
	}

	private X509Certificate demoCaIfThere() {
		try {
			return this.provinceDb.demoCa();
		}
		catch (DataAccessException notMigratedYet) {
			return null;
		}
	}

	private int acknowledged() {
		return this.provinceDb.count("select count(*) from sync_queue where status = 'ACKNOWLEDGED'");
	}

	private int openSyncInstances() {
		return this.provinceDb.count("select count(*) from act_ru_execution e join act_re_procdef d"
				+ " on d.id_ = e.proc_def_id_ where d.key_ = 'Process_NationalSync'");
	}

	private String syncStates() {
		return this.provinceDb.jdbc.queryForList("select status, count(*) from sync_queue group by status").toString();
	}

	private Map<String, String> nationalShaByKey() {
		Map<String, String> keys = new HashMap<>();
		this.national.jdbc().query("select idempotency_key, sha256 from national_version",
				rs -> {
					keys.put(rs.getString(1), rs.getString(2));
				});
		return keys;
	}

	private static void requireAlive(ProvinceProcess node) {
		if (!node.isAlive()) {
			throw new AssertionError("the province JVM exited:\n" + node.tail());
		}
	}

	private static long seconds(long fromNanos, long toNanos) {
		return Duration.ofNanos(toNanos - fromNanos).toSeconds();
	}

}

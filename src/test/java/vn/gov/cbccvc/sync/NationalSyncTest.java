package vn.gov.cbccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ProcessEngine;
import vn.gov.cbccvc.support.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.signature.BatchEntry;
import vn.gov.cbccvc.signature.KeyProvisioning;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * The province's worker against a national node started in the same JVM on a reserved port (TT06 Art. 6.4, 9,
 * 12.2-12.4): a signed demo version arrives once with its hash; a tampered one goes to DoHA with the reason; with
 * the node down, 200 queued versions fail into incidents and, after the node is back and retries are reset, each
 * arrives exactly once.
 */
@SpringBootTest(properties = { "app.demo.enabled=true", "app.sync.worker.enabled=true", "app.sync.province-code=H19",
		"app.sync.agency-code=000.00.00.H19", "app.sync.username=dongnai", "app.sync.password=secret",
		"app.sync.worker.retries=2", "app.sync.worker.retry-base=50ms", "app.sync.worker.retry-max=200ms",
		"app.sync.worker.idle-wait=20ms", "app.sync.worker.idle-wait-max=100ms", "app.sync.worker.max-tasks=20",
		"app.sync.worker.lock-duration=30s", "app.sync.connect-timeout=1s", "app.sync.read-timeout=10s" })
@ActiveProfiles("test")
class NationalSyncTest {

	static final NationalNode NATION = new NationalNode();

	@DynamicPropertySource
	static void nationalUrl(DynamicPropertyRegistry registry) {
		registry.add("app.sync.national-url", NATION::url);
	}

	@Autowired
	SyncQueue queue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProfileService profiles;

	@Autowired
	SignatureService signatures;

	@Autowired
	KeyProvisioning keys;

	@Autowired
	ExternalTaskService externalTasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ProcessEngine engine;

	@Autowired
	IdentityService identity;

	@AfterEach
	void stopNational() {
		NATION.close();
	}

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void signedDemoVersion_isAcknowledgedOnce_withTheSameHashOnBothSides() {
		startNational();
		long versionId = signedVersion();
		long personId = personOf(versionId);

		this.queue.enqueue(versionId, personId);
		this.queue.enqueue(versionId, personId);
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(SyncQueue.businessKey(versionId))
			.count()).as("enqueue is idempotent").isLessThanOrEqualTo(1);
		NationalNode.waitUntil(Duration.ofSeconds(30), () -> SyncQueue.ACKNOWLEDGED.equals(this.queue.statusOf(versionId)));

		Map<String, Object> row = this.jdbc.queryForMap("select * from sync_queue where version_id = ?", versionId);
		assertThat(row.get("RECEIPT_ID").toString()).startsWith("NR-");
		assertThat(row.get("ACKNOWLEDGED_AT")).isNotNull();
		String sha = this.profiles.versionInfo(versionId).contentSha256();
		assertThat(row.get("IDEMPOTENCY_KEY")).isEqualTo("H19:" + versionId + ":" + sha);
		List<String> stored = nationalJdbc().queryForList(
				"select sha256 from national_version where idempotency_key = ?", String.class, row.get("IDEMPOTENCY_KEY"));
		assertThat(stored).containsExactly(sha);
		// the row is acknowledged just before the task completes: the instance then ends at Đã đồng bộ
		NationalNode.waitUntil(Duration.ofSeconds(10), () -> this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(SyncQueue.businessKey(versionId))
			.count() == 0);
	}

	@Test
	void handOverDuringAHeadsEngineCall_startsTheSyncAsTheSystem_andKeepsTheHeadsAuthentication() {
		startNational();
		long versionId = signedVersion();
		this.identity.setAuthentication("head", List.of("role-head"));
		try {
			this.queue.enqueue(versionId, personOf(versionId));
			assertThat(this.identity.getCurrentAuthentication().getUserId()).isEqualTo("head");
		}
		finally {
			this.identity.clearAuthentication();
		}
		NationalNode.waitUntil(Duration.ofSeconds(30), () -> SyncQueue.ACKNOWLEDGED.equals(this.queue.statusOf(versionId)));
	}

	@Test
	void versionAlteredAfterSigning_isRejectedByTheNation_andWaitsForDohaToResendOrClose() {
		startNational();
		long versionId = signedVersion();
		// the stored content is changed behind the application's back: the hash no longer matches
		this.jdbc.execute("DROP TRIGGER IF EXISTS profile_version_immutable");
		this.jdbc.update("update profile_version set content = replace(content, '\"identity\"', '\"identity\" ')"
				+ " where id = ?", versionId);
		this.queue.enqueue(versionId, personOf(versionId));
		NationalNode.waitUntil(Duration.ofSeconds(30), () -> SyncQueue.REJECTED.equals(this.queue.statusOf(versionId)));

		String reason = this.jdbc.queryForObject("select reason from sync_queue where version_id = ?", String.class,
				versionId);
		assertThat(reason).contains("national.").contains(" / ");
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(SyncQueue.businessKey(versionId))
			.singleResult()
			.getId();
		NationalNode.waitUntil(Duration.ofSeconds(10),
				() -> this.tasks.createTaskQuery().processInstanceId(instance).count() == 1);
		Task task = this.tasks.createTaskQuery().processInstanceId(instance).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_HandleNationalRejection");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("role-doha-admin").count())
			.isEqualTo(1);
		assertThat(this.runtime.getVariable(instance, SyncVars.REJECTION_REASON)).isEqualTo(reason);

		// DoHA resends: the version goes out again, is refused again, and comes back to DoHA
		int attempts = this.jdbc.queryForObject("select attempts from sync_queue where version_id = ?", Integer.class,
				versionId);
		this.tasks.complete(task.getId(), Map.of("resend", true));
		NationalNode.waitUntil(Duration.ofSeconds(30), () -> this.tasks.createTaskQuery().processInstanceId(instance).count() == 1);
		assertThat(this.jdbc.queryForObject("select attempts from sync_queue where version_id = ?", Integer.class,
				versionId)).isEqualTo(attempts + 1);
		task = this.tasks.createTaskQuery().processInstanceId(instance).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_HandleNationalRejection");

		// DoHA closes it in Tasklist (the form shows the reason): the instance ends, the version stays REJECTED
		assertThat(Tasklist.form(this.engine, "doha", task.getId())).contains("{{rejectionReason}}", "\"resend\"");
		Tasklist.submit(this.engine, "doha", task.getId(), Map.of("resend", false));
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
		assertThat(this.queue.statusOf(versionId)).isEqualTo(SyncQueue.REJECTED);
	}

	@Test
	void nodeDownWhile200VersionsQueue_incidentsThenAllArriveExactlyOnceAfterRestartAndRetry() {
		List<Long> versions = approveVersions(200);
		long started = System.nanoTime();
		versions.forEach(v -> this.queue.enqueue(v, personOf(v)));
		long enqueueMs = (System.nanoTime() - started) / 1_000_000;

		// node down: every send fails, retries run out, each task becomes an incident
		NationalNode.waitUntil(Duration.ofSeconds(60), () -> this.externalTasks.createExternalTaskQuery()
			.topicName(SyncVars.TOPIC)
			.noRetriesLeft()
			.count() >= versions.size());
		long failedMs = (System.nanoTime() - started) / 1_000_000;
		assertThat(this.runtime.createIncidentQuery().incidentType("failedExternalTask").count())
			.isGreaterThanOrEqualTo(versions.size());
		assertThat(this.jdbc.queryForObject("select count(*) from sync_queue where status = 'ACKNOWLEDGED'"
				+ " and version_id in (" + ids(versions) + ")", Integer.class)).isZero();

		startNational();
		long restart = System.nanoTime();
		List<String> failed = this.externalTasks.createExternalTaskQuery()
			.topicName(SyncVars.TOPIC)
			.noRetriesLeft()
			.list()
			.stream()
			.map(ExternalTask::getId)
			.toList();
		this.externalTasks.setRetries(failed, 3);
		NationalNode.waitUntil(Duration.ofSeconds(60), () -> this.jdbc.queryForObject("select count(*) from sync_queue"
				+ " where status = 'ACKNOWLEDGED' and version_id in (" + ids(versions) + ")", Integer.class) == 200);
		long recoveredMs = (System.nanoTime() - restart) / 1_000_000;

		Map<String, String> province = new HashMap<>();
		this.jdbc.query("select idempotency_key, content_sha256 from sync_queue where version_id in (" + ids(versions)
				+ ")", rs -> {
					province.put(rs.getString(1), rs.getString(2));
				});
		Map<String, String> nation = new HashMap<>();
		nationalJdbc().query("select idempotency_key, sha256 from national_version", rs -> {
			if (province.containsKey(rs.getString(1))) {
				assertThat(nation.put(rs.getString(1), rs.getString(2))).as("stored once").isNull();
			}
		});
		assertThat(nation).hasSize(200).isEqualTo(province);
		versions.forEach(v -> assertThat(province).containsEntry("H19:" + v + ":"
				+ this.profiles.versionInfo(v).contentSha256(), this.profiles.versionInfo(v).contentSha256()));
		assertThat(this.runtime.createIncidentQuery().count()).isZero();
		System.out.printf("national sync fault test: enqueue 200 in %d ms, all incidents after %d ms,"
				+ " all acknowledged %d ms after restart%n", enqueueMs, failedMs, recoveredMs);
	}

	/** 200 versions of demo people, approved again and covered by one batch signed by DoHA (HY Art. 8.4). */
	private List<Long> approveVersions(int count) {
		List<Long> people = this.jdbc.queryForList("select distinct person_id from profile_version order by person_id",
				Long.class);
		List<BatchEntry> entries = new ArrayList<>();
		List<Long> versions = new ArrayList<>();
		for (int i = 0; versions.size() < count; i++) {
			ProfileVersionInfo v = this.profiles.approveDraft(people.get(i % people.size()), VersionKind.CHANGE, "doha");
			versions.add(v.id());
			entries.add(new BatchEntry(ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(v.id()), v.contentSha256()));
		}
		this.signatures.signBatch("SYNC-TEST-" + UUID.randomUUID(), SignaturePurpose.SYNC_BATCH, "doha", entries);
		return versions;
	}

	private long signedVersion() {
		return this.jdbc.queryForObject("select min(cast(subject_id as bigint)) from signature"
				+ " where subject_type = 'PROFILE_VERSION' and purpose = 'APPROVAL' and cast(subject_id as bigint)"
				+ " not in (select version_id from sync_queue)", Long.class);
	}

	private long personOf(long versionId) {
		return this.jdbc.queryForObject("select person_id from profile_version where id = ?", Long.class, versionId);
	}

	private void startNational() {
		NATION.start(this.keys.demoCaCertificate());
	}

	private JdbcTemplate nationalJdbc() {
		return NATION.jdbc();
	}

	private static String ids(List<Long> ids) {
		return String.join(",", ids.stream().map(String::valueOf).toList());
	}

}

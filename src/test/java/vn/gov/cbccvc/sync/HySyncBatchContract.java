package vn.gov.cbccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.cbccvc.approval.EngineClock;
import vn.gov.cbccvc.calendar.WorkingDayCalendar;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.ruleset.ApprovalWindows.Window;
import vn.gov.cbccvc.ruleset.RuleRole;
import vn.gov.cbccvc.ruleset.RuleSet;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.ruleset.StepFlag;
import vn.gov.cbccvc.ruleset.WindowPurpose;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.signature.KeyProvisioning;
import vn.gov.cbccvc.signature.SignatureService;
import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.support.WithCurrentUser;

/**
 * Hưng Yên (HY Art. 8.4): the DoHA director signs the sync in the last 5 working days of the month. On the real
 * 2026 calendar, and end to end against a national node: signed versions are held until the director signs the
 * month's batch, then each arrives exactly once with the batch signature; one sent back stays home with its
 * reason; one handed over after the cut waits, misses December's window with it (escalated, carried over) and
 * arrives after January's signature. Run on H2 ({@code HySyncBatchTest}) and PostgreSQL 16 ({@code HySyncBatchPostgresIT}).
 */
@SpringBootTest(properties = { "app.jurisdiction=HY", "app.demo.enabled=true", "app.sync.worker.enabled=true",
		"app.sync.province-code=H19", "app.sync.agency-code=000.00.00.H19", "app.sync.username=dongnai",
		"app.sync.password=secret", "app.sync.worker.retries=2", "app.sync.worker.retry-base=50ms",
		"app.sync.worker.retry-max=200ms", "app.sync.worker.idle-wait=20ms", "app.sync.worker.idle-wait-max=100ms",
		"app.sync.worker.max-tasks=20", "app.sync.worker.lock-duration=30s", "app.sync.batch.release-chunk=7" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class HySyncBatchContract {

	static final NationalNode NATION = new NationalNode();

	static final CurrentUser DIRECTOR = new CurrentUser("doha", null, List.of(new RoleGrant(Roles.DOHA_ADMIN, null)),
			Set.of(Roles.DOHA_ADMIN));

	@DynamicPropertySource
	static void nationalUrl(DynamicPropertyRegistry registry) {
		registry.add("app.sync.national-url", NATION::url);
	}

	@Autowired
	SyncWindowPlan plan;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	RuleSetRegistry ruleSets;

	@Autowired
	SyncQueue queue;

	@Autowired
	SyncBatchStore batches;

	@Autowired
	SyncBatchSigning signing;

	@Autowired
	ProfileService profiles;

	@Autowired
	SignatureService signatures;

	@Autowired
	KeyProvisioning keys;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void stop() {
		ClockUtil.reset();
		NATION.close();
	}

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void hyWindows2026_lastFiveWorkingDaysOfTheMonth_onTheRealCalendar() {
		assertWindow(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 30));
		assertWindow(YearMonth.of(2026, 12), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 31));
		// Tết 2026: Mon 16 – Fri 20 February are days off; the window is the month's last five working days
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
		assertWindow(YearMonth.of(2026, 2), LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 27));
		Window november = this.plan.windowOf(YearMonth.of(2026, 11)).orElseThrow();
		assertThat(november.approver()).isEqualTo(RuleRole.DOHA_ADMIN);
		assertThat(november.article()).isEqualTo("HY Art. 8.4");
		assertThat(SyncWindowPlan.closesAt(november)).isEqualTo("2026-11-30T23:59:59+07:00");
	}

	@Test
	void everyShippedRuleSetThatHoldsVersionsForTheDirector_hasASyncWindow_soNoVersionWaitsForEver() {
		for (RuleSet ruleSet : this.ruleSets.all()) {
			boolean window = ruleSet.approvalWindows()
				.stream()
				.anyMatch(w -> w.purpose() == WindowPurpose.SYNC_APPROVAL && w.approver() == RuleRole.DOHA_ADMIN);
			assertThat(window).as(ruleSet.code()).isEqualTo(ruleSet.isEnabled(StepFlag.DIRECTOR_SIGNS_SYNC));
		}
		// HCM Art. 7.3, 11.7: the director signs and syncs (no period given: the product's default window)
		assertThat(this.ruleSets.get("HCM").isEnabled(StepFlag.DIRECTOR_SIGNS_SYNC)).isTrue();
		assertThat(this.ruleSets.get("TT06").isEnabled(StepFlag.DIRECTOR_SIGNS_SYNC)).isFalse();
		assertThat(this.ruleSets.get("DN").isEnabled(StepFlag.DIRECTOR_SIGNS_SYNC)).isFalse();
	}

	@Test
	@WithCurrentUser(username = "doha", roles = Roles.DOHA_ADMIN)
	void hyVersionsHeldUntilTheDirectorSigns_thenArriveOnce_lateOneCarriedOverAMissedWindow() throws Exception {
		NATION.start(this.keys.demoCaCertificate());
		List<Long> versions = approveAndHandOver(15);
		// the worker polls every 20-100 ms: give it ample time to (wrongly) send
		Thread.sleep(500);
		versions.forEach(v -> assertThat(this.queue.statusOf(v)).isEqualTo(SyncQueue.WAITING_FOR_DIRECTOR));
		assertThat(NATION.jdbc().queryForObject("select count(*) from national_version", Integer.class))
			.as("nothing sent before the director signs").isZero();

		// November's window opens: the batch is every version waiting now
		String november = openWindow(LocalDateTime.of(2026, 11, 24, 9, 0));
		long batchId = batchOf(november);
		long late = approveAndHandOver(1).get(0);
		SyncBatch cut = this.batches.require(batchId);
		assertThat(cut.entryCount()).isGreaterThanOrEqualTo(versions.size());
		assertThat(this.jdbc.queryForList("select version_id from sync_batch_entry where batch_id = ?", Long.class,
				batchId)).containsAll(versions).doesNotContain(late);
		this.mvc.perform(get("/api/sync-batches/" + batchId).param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.batch.status").value("OPEN"))
			.andExpect(jsonPath("$.manifest.length()").value(5))
			.andExpect(jsonPath("$.manifest[0].sha256").isString())
			.andExpect(jsonPath("$.totalEntries").value(cut.entryCount()));
		assertThat(this.tasks.createTaskQuery().processInstanceId(november).taskCandidateGroup(Roles.DOHA_ADMIN)
			.singleResult().getDueDate()).isEqualTo(Date.from(cut.closesAt().toInstant()));

		long sentBack = versions.get(0);
		this.mvc.perform(post("/api/sync-batches/" + batchId + "/sign").contentType(MediaType.APPLICATION_JSON)
			.content("{\"returns\":[{\"versionId\":" + sentBack + ",\"reason\":\"Sai hệ số lương\"}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.returnedCount").value(1))
			.andExpect(jsonPath("$.signedCount").value(cut.entryCount() - 1));
		this.mvc.perform(post("/api/sync-batches/" + batchId + "/sign").contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isConflict());
		this.mvc.perform(get("/api/sync-batches/" + batchId + "/verification"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true));
		this.mvc.perform(get("/api/sync-batches/" + batchId + "/verification").param("versionId",
				String.valueOf(versions.get(1)))).andExpect(jsonPath("$.valid").value(true));
		EngineJobs.runContinuations(this.management, november);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(november).count()).isZero();

		List<Long> signed = versions.subList(1, versions.size());
		NationalNode.waitUntil(Duration.ofSeconds(60), () -> signed.stream()
			.allMatch(v -> SyncQueue.ACKNOWLEDGED.equals(this.queue.statusOf(v))));
		assertArrivedOnce(signed);
		assertThat(this.queue.statusOf(sentBack)).isEqualTo(SyncQueue.RETURNED_BY_DIRECTOR);
		assertThat(this.jdbc.queryForObject("select reason from sync_queue where version_id = ?", String.class,
				sentBack)).isEqualTo("Sai hệ số lương");
		assertThat(this.queue.statusOf(late)).isEqualTo(SyncQueue.WAITING_FOR_DIRECTOR);
		this.mvc.perform(get("/api/sync/versions/" + late)).andExpect(jsonPath("$.status").value("WAITING_FOR_DIRECTOR"));

		// December's window is missed: escalated to the manager, the late version carried over
		String december = openWindow(LocalDateTime.of(2026, 12, 25, 9, 0));
		long decemberBatch = batchOf(december);
		assertThat(this.jdbc.queryForList("select version_id from sync_batch_entry where batch_id = ?", Long.class,
				decemberBatch)).contains(late);
		String decemberTask = this.tasks.createTaskQuery().processInstanceId(december).singleResult().getId();
		assertThatThrownBy(() -> this.tasks.complete(decemberTask)).as("signed only through the API")
			.hasMessageContaining("sync-batch");
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 1, 1, 0, 30)));
		EngineJobs.runDue(this.management, december);
		assertThat(this.batches.require(decemberBatch).status()).isEqualTo(SyncBatch.CLOSED_UNSIGNED);
		assertThat(this.tasks.createTaskQuery().processInstanceId(december).taskCandidateGroup(Roles.MANAGER)
			.singleResult().getName()).startsWith("Quá hạn:");
		assertThat(this.jdbc.queryForObject("select count(*) from overdue_item where process_instance_id = ?"
				+ " and resolved_at is null", Integer.class, december)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select batch_id from sync_queue where version_id = ?", Long.class, late))
			.isNull();

		// January 2027: the carried-over version is in the new batch and arrives once signed
		String january = openWindow(LocalDateTime.of(2027, 1, 26, 9, 0));
		long januaryBatch = batchOf(january);
		assertThat(this.jdbc.queryForList("select version_id from sync_batch_entry where batch_id = ?", Long.class,
				januaryBatch)).contains(late);
		this.signing.sign(januaryBatch, new SignSyncBatchRequest(null), DIRECTOR);
		EngineJobs.runContinuations(this.management, january);
		NationalNode.waitUntil(Duration.ofSeconds(30), () -> SyncQueue.ACKNOWLEDGED.equals(this.queue.statusOf(late)));
		assertArrivedOnce(List.of(late));
	}

	@Test
	@WithCurrentUser(username = "doha", roles = Roles.DOHA_ADMIN)
	void directorsBadDecisions_areRefusedWithTheirReason_andNothingIsSignedOrSentBack() throws Exception {
		List<Long> versions = approveAndHandOver(2);
		// May 2027: the last five working days are 25–31 May (HY Art. 8.4)
		String may = openWindow(LocalDateTime.of(2027, 5, 25, 9, 0));
		long batchId = batchOf(may);
		String sign = "/api/sync-batches/" + batchId + "/sign";

		this.mvc.perform(post(sign).contentType(MediaType.APPLICATION_JSON)
			.content("{\"returns\":[{\"versionId\":" + versions.get(0) + ",\"reason\":\"  \"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].code").value("sync-batch.reason-required"));
		this.mvc.perform(post(sign).contentType(MediaType.APPLICATION_JSON)
			.content("{\"returns\":[{\"versionId\":987654321,\"reason\":\"Sai\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].code").value("sync-batch.not-in-batch"));
		CurrentUser clerk = new CurrentUser("clerk", null, List.of(new RoleGrant(Roles.CLERK, 1L)),
				Set.of(Roles.CLERK));
		assertThatThrownBy(() -> this.signing.sign(batchId, new SignSyncBatchRequest(null), clerk))
			.hasMessageContaining("Giám đốc Sở Nội vụ");
		// the window has closed: too late to sign, the versions go to the next window instead
		ClockUtil.setCurrentTime(at(LocalDateTime.of(2027, 6, 1, 8, 0)));
		this.mvc.perform(post(sign).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("sync-batch.window-closed"));

		assertThat(this.batches.require(batchId).status()).isEqualTo("OPEN");
		versions.forEach(v -> assertThat(this.queue.statusOf(v)).isEqualTo(SyncQueue.WAITING_FOR_DIRECTOR));
		this.runtime.deleteProcessInstance(may, "test done");
	}

	@Test
	void startedDailyFromADeploymentMidWindow_theCurrentWindowIsPlannedOnce_laterDaysEndAtOnce() {
		// March 2027: the last five working days are 25–31 March; the node came up on the 26th
		String first = openWindow(LocalDateTime.of(2027, 3, 26, 0, 5));
		assertThat(this.history.createHistoricVariableInstanceQuery().processInstanceId(first)
			.variableName(SyncVars.DIRECTOR_SIGNS).singleResult().getValue()).isEqualTo(Boolean.TRUE);
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(first)
			.activityId("Task_CutSyncBatch").count()).as("the window open since the 25th is cut at once").isEqualTo(1);
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(first)
			.singleResult().getBusinessKey()).isEqualTo("SYNC-WINDOW-2027-03-25");

		String nextDay = openWindow(LocalDateTime.of(2027, 3, 29, 0, 5));
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(nextDay)
			.activityId("EndEvent_NoSyncWindow").count()).as("the window is planned already").isEqualTo(1);
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(nextDay)
			.activityId("Timer_WindowOpens").count()).isZero();

		// 1 April: April's window is planned and waits for its first day
		String april = openWindow(LocalDateTime.of(2027, 4, 1, 0, 5));
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(april).activityIdIn("Timer_WindowOpens")
			.count()).isEqualTo(1);
		this.runtime.deleteProcessInstance(april, "test done");
		if (this.runtime.createProcessInstanceQuery().processInstanceId(first).count() > 0) {
			this.runtime.deleteProcessInstance(first, "test done");
		}
	}

	private void assertWindow(YearMonth month, LocalDate first, LocalDate last) {
		Window window = this.plan.windowOf(month).orElseThrow();
		assertThat(window.firstDay()).as("first day of " + month).isEqualTo(first);
		assertThat(window.lastDay()).as("last day of " + month).isEqualTo(last);
	}

	/** Each version is stored once by the nation, with its hash, under the province's idempotency key. */
	private void assertArrivedOnce(List<Long> versions) {
		for (long v : versions) {
			String key = this.jdbc.queryForObject("select idempotency_key from sync_queue where version_id = ?",
					String.class, v);
			assertThat(NATION.jdbc().queryForList("select sha256 from national_version where idempotency_key = ?",
					String.class, key)).containsExactly(this.profiles.versionInfo(v).contentSha256());
		}
	}

	private List<Long> approveAndHandOver(int count) {
		List<Long> people = this.jdbc.queryForList("select distinct person_id from profile_version order by person_id",
				Long.class);
		List<Long> versions = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long version = this.profiles.approveDraft(people.get(i % people.size()), VersionKind.CHANGE, "doha").id();
			this.queue.enqueue(version, people.get(i % people.size()));
			versions.add(version);
		}
		return versions;
	}

	/** Starts the month's Process_SyncBatch at {@code now} and runs it up to the director's task (or its end). */
	private String openWindow(LocalDateTime now) {
		ClockUtil.setCurrentTime(at(now));
		String pi = this.runtime.startProcessInstanceByKey("Process_SyncBatch").getId();
		EngineJobs.runDue(this.management, pi);
		return pi;
	}

	private long batchOf(String processInstanceId) {
		return ((Number) this.runtime.getVariable(processInstanceId, SyncVars.SYNC_BATCH_ID)).longValue();
	}

	private static Date at(LocalDateTime local) {
		return Date.from(local.atZone(EngineClock.ZONE).toInstant());
	}

}

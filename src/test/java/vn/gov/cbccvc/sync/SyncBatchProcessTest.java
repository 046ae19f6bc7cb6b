package vn.gov.cbccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTaskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of Process_NationalSync and Process_SyncBatch together, with the batch store replaced by an in-memory
 * one that correlates by business key as the real one does: the rule set without the director's signature sends
 * at once (TT06, DN); with it (HY Art. 8.4; HCM Art. 7.3, 11.7) versions wait, the director signs in the window
 * (some sent back), a version handed over after the cut waits for the next month, a missed window escalates to
 * the manager and carries the versions over. The real window dates are proven in {@code HySyncBatchTest}.
 */
@Deployment(resources = { "processes/national-sync.bpmn", "processes/sync-batch.bpmn" })
class SyncBatchProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = (ProcessEngineCoverageExtension) ProcessEngineCoverageExtension
		.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String SYNC = "Process_NationalSync";

	static final String BATCH = "Process_SyncBatch";

	final FakeBatches batches = new FakeBatches();

	final List<String> calls = new ArrayList<>();

	boolean directorSigns = true;

	@BeforeEach
	void registerServices() {
		BpmnAwareTests.init(engine.getProcessEngine());
		Mocks.register("planSyncWindowDelegate", (JavaDelegate) execution -> {
			execution.setVariable(SyncVars.DIRECTOR_SIGNS, this.directorSigns);
			if (this.directorSigns) {
				execution.setVariable("windowOpensAt", at(2026, 11, 24, 0, 0));
				execution.setVariable("windowClosesAt", at(2026, 11, 30, 23, 59));
				execution.setVariable("approverGroup", "role-doha-admin");
				execution.setVariable("escalationGroup", "role-manager");
			}
		});
		Mocks.register("cutSyncBatchDelegate", (JavaDelegate) execution -> {
			List<Long> cut = this.batches.cut();
			execution.setVariable(SyncVars.SYNC_BATCH_ID, cut.isEmpty() ? null : (long) this.batches.batches.size());
			execution.setVariable("entryCount", cut.size());
		});
		Mocks.register("releaseSyncBatchDelegate", (JavaDelegate) execution -> execution.setVariable("releasedAll",
				this.batches.releaseChunk(((Number) execution.getVariable(SyncVars.SYNC_BATCH_ID)).longValue())));
		Mocks.register("carryOverSyncBatchDelegate", (JavaDelegate) execution -> {
			this.calls.add("carryOver");
			this.batches.carryOver(((Number) execution.getVariable(SyncVars.SYNC_BATCH_ID)).longValue());
		});
		Mocks.register("resolveOverdueListener", (ExecutionListener) e -> this.calls.add("resolveOverdue"));
		Mocks.register("syncBatchSignedGuard", (TaskListener) t -> this.calls.add("signedGuard"));
		ClockUtil.setCurrentTime(at(2026, 11, 1, 0, 5));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void ruleSetWithoutDirectorSignature_versionGoesAtOnce_andTheMonthlyBatchEndsAtOnce() {
		this.directorSigns = false;
		ProcessInstance sync = handOver(1);

		assertThat(sync).isWaitingAt("Task_SendToNationalDatabase").hasNotPassed("Task_AwaitDirectorSignature");
		acknowledge(sync);
		assertThat(sync).isEnded().hasPassed("EndEvent_Synced");

		ProcessInstance batch = startMonthlyByItsTimer();
		execute(job(batch, "Task_PlanSyncWindow"));
		assertThat(batch).isEnded().hasPassed("EndEvent_NoSyncWindow").hasNotPassed("Timer_WindowOpens");
	}

	@Test
	void directorSignsInTheWindow_signedVersionsSendWithTheBatchId_sentBackOneEndsWithItsReason() {
		ProcessInstance v1 = handOver(1);
		ProcessInstance v2 = handOver(2);
		ProcessInstance v3 = handOver(3);
		assertThat(v1).isWaitingAt("Task_AwaitDirectorSignature");
		assertThat(externalTaskService().createExternalTaskQuery().count()).as("nothing sent before the signature")
			.isZero();

		ProcessInstance batch = openWindow();
		assertThat(batch).isWaitingAt("Task_DirectorSignsBatch");
		assertThat(task()).hasCandidateGroup("role-doha-admin").hasDueDate(at(2026, 11, 30, 23, 59));
		this.batches.returned.put(2L, "Sai ngạch lương");
		complete(task(batch));
		runRelease(batch);

		assertThat(batch).isEnded().hasPassed("EndEvent_BatchSigned").hasNotPassed("Task_CarryOverSyncBatch");
		assertThat(this.batches.chunks).as("released in chunks of two").isEqualTo(2);
		assertThat(this.calls).containsExactly("signedGuard");
		assertThat(v2).isEnded().hasPassed("EndEvent_ReturnedByDirector").hasNotPassed("Task_SendToNationalDatabase");
		for (ProcessInstance signed : List.of(v1, v3)) {
			assertThat(signed).isWaitingAt("Task_SendToNationalDatabase")
				.variables()
				.containsEntry(SyncVars.SYNC_BATCH_ID, 1L)
				.containsEntry(SyncVars.DIRECTOR_DECISION, "SIGNED");
			acknowledge(signed);
			assertThat(signed).isEnded().hasPassed("Task_AwaitDirectorSignature", "EndEvent_Synced");
		}
	}

	@Test
	void versionHandedOverAfterTheCut_waitsForNextMonthsBatch() {
		ProcessInstance early = handOver(1);
		ProcessInstance batch = openWindow();
		ProcessInstance late = handOver(2);

		complete(task(batch));
		runRelease(batch);
		assertThat(early).isWaitingAt("Task_SendToNationalDatabase");
		assertThat(late).isWaitingAt("Task_AwaitDirectorSignature");

		ClockUtil.setCurrentTime(at(2026, 12, 1, 0, 5));
		ProcessInstance december = openWindow();
		assertThat(this.batches.batches.get(1)).containsExactly(2L);
		complete(task(december));
		runRelease(december);
		assertThat(late).isWaitingAt("Task_SendToNationalDatabase").variables().containsEntry(SyncVars.SYNC_BATCH_ID, 2L);
	}

	@Test
	void windowMissed_escalatesToTheManager_andTheVersionsJoinTheNextBatch() {
		ProcessInstance v1 = handOver(1);
		ProcessInstance november = openWindow();

		execute(job(november, "Timer_SyncWindowClosed"));
		execute(job(november, "Task_CarryOverSyncBatch"));

		assertThat(november).isWaitingAt("Task_FollowUpMissedSyncWindow").hasNotPassed("Task_ReleaseDecidedVersions");
		assertThat(task()).hasCandidateGroup("role-manager").hasName("Quá hạn: Giám đốc Sở Nội vụ chưa ký lô đồng bộ");
		assertThat(this.calls).containsExactly("carryOver");
		assertThat(v1).isWaitingAt("Task_AwaitDirectorSignature");
		complete(task(november));
		assertThat(november).isEnded().hasPassed("EndEvent_CarriedOver");
		assertThat(this.calls).containsExactly("carryOver", "resolveOverdue");

		ClockUtil.setCurrentTime(at(2026, 12, 1, 0, 5));
		ProcessInstance december = openWindow();
		assertThat(this.batches.batches.get(1)).as("carried over, nothing lost").containsExactly(1L);
		complete(task(december));
		runRelease(december);
		assertThat(v1).isWaitingAt("Task_SendToNationalDatabase");
	}

	@Test
	void nothingWaitingWhenTheWindowOpens_noTaskForTheDirector() {
		ProcessInstance batch = openWindow();

		assertThat(batch).isEnded().hasPassed("EndEvent_NothingToSign").hasNotPassed("Task_DirectorSignsBatch");
	}

	@Test
	void nationalRefusal_dohaResendsThenCloses() {
		this.directorSigns = false;
		ProcessInstance sync = handOver(9);

		reject(sync);
		assertThat(sync).isWaitingAt("Task_HandleNationalRejection");
		complete(task(), withVariables("resend", true));
		reject(sync);
		complete(task(), withVariables("resend", false));

		assertThat(sync).isEnded().hasPassed("EndEvent_SyncClosed").hasNotPassed("EndEvent_Synced");
	}

	private ProcessInstance handOver(long versionId) {
		if (this.directorSigns) {
			this.batches.waiting.add(versionId);
		}
		return runtimeService().startProcessInstanceByKey(SYNC, SyncQueue.businessKey(versionId),
				Map.of(SyncVars.VERSION_ID, versionId, SyncVars.PERSON_ID, 100 + versionId, SyncVars.DIRECTOR_SIGNS,
						this.directorSigns));
	}

	/** The month starts (by the cycle timer's job), the window opens, the batch is cut. */
	private ProcessInstance openWindow() {
		ProcessInstance batch = startMonthlyByItsTimer();
		execute(job(batch, "Task_PlanSyncWindow"));
		assertThat(batch).isWaitingAt("Timer_WindowOpens");
		execute(job(batch, "Timer_WindowOpens"));
		execute(job(batch, "Task_CutSyncBatch"));
		return batch;
	}

	private ProcessInstance startMonthlyByItsTimer() {
		Set<String> before = new LinkedHashSet<>();
		runtimeService().createProcessInstanceQuery().processDefinitionKey(BATCH).list().forEach(p -> before.add(p.getId()));
		Job timer = jobQuery().timers().processDefinitionKey(BATCH).singleResult();
		assertThat(timer).as("one monthly start timer").isNotNull();
		managementService().executeJob(timer.getId());
		return runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(BATCH)
			.list()
			.stream()
			.filter(p -> !before.contains(p.getId()))
			.findFirst()
			.orElseThrow();
	}

	private void runRelease(ProcessInstance batch) {
		for (int i = 0; i < 10 && !runtimeService().createProcessInstanceQuery()
			.processInstanceId(batch.getId())
			.list()
			.isEmpty(); i++) {
			execute(job(batch, "Task_ReleaseDecidedVersions"));
		}
	}

	private static Job job(ProcessInstance pi, String activityId) {
		return jobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
	}

	private static void acknowledge(ProcessInstance pi) {
		LockedExternalTask locked = lock(pi);
		externalTaskService().complete(locked.getId(), "test", Map.of(SyncVars.RECEIPT_ID, "NR-1"));
	}

	private static void reject(ProcessInstance pi) {
		LockedExternalTask locked = lock(pi);
		externalTaskService().handleBpmnError(locked.getId(), "test", SyncVars.REJECTED_ERROR_CODE, "chữ ký sai",
				Map.of(SyncVars.REJECTION_REASON, "national.signature-invalid / signature invalid"));
	}

	private static LockedExternalTask lock(ProcessInstance pi) {
		return externalTaskService().fetchAndLock(100, "test")
			.topic(SyncVars.TOPIC, 60_000)
			.businessKey(pi.getBusinessKey())
			.execute()
			.get(0);
	}

	static Date at(int year, int month, int day, int hour, int minute) {
		return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant());
	}

	/** The sync_queue / sync_batch_entry tables in memory; the release correlates as SyncBatchRelease does. */
	static final class FakeBatches {

		final Set<Long> waiting = new LinkedHashSet<>();

		final List<List<Long>> batches = new ArrayList<>();

		final Map<Long, String> returned = new LinkedHashMap<>();

		final Set<Long> released = new LinkedHashSet<>();

		int chunks;

		List<Long> cut() {
			List<Long> cut = new ArrayList<>(this.waiting);
			this.waiting.clear();
			if (!cut.isEmpty()) {
				this.batches.add(cut);
			}
			return cut;
		}

		boolean releaseChunk(long batchId) {
			this.chunks++;
			List<Long> todo = this.batches.get((int) batchId - 1)
				.stream()
				.filter(v -> !this.released.contains(v))
				.limit(2)
				.toList();
			for (long v : todo) {
				String reason = this.returned.get(v);
				runtimeService().createMessageCorrelation(SyncVars.BATCH_DECIDED_MESSAGE)
					.processInstanceBusinessKey(SyncQueue.businessKey(v))
					.setVariable(SyncVars.DIRECTOR_DECISION, reason == null ? "SIGNED" : "RETURNED")
					.setVariable(SyncVars.SYNC_BATCH_ID, batchId)
					.setVariable(SyncVars.DIRECTOR_REASON, reason)
					.correlateAllWithResult();
				this.released.add(v);
			}
			return this.batches.get((int) batchId - 1).stream().allMatch(this.released::contains);
		}

		void carryOver(long batchId) {
			this.waiting.addAll(this.batches.get((int) batchId - 1));
		}

	}

}

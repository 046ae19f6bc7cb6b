package vn.gov.cbccvc.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * The window process with its real beans under TT06: the daily timer opens the unit's batch on the window's first
 * day (Mon 24/8/2026), the head approves one record and returns another with one request, or the window closes
 * unsigned and the records are carried over. Each record waits in a real onboarding instance. Run on H2 by
 * {@link MonthlyWindowFlowTest} and on PostgreSQL 16 by {@link MonthlyWindowPostgresIT}.
 */
abstract class MonthlyWindowFlowContract {

	static final String WINDOW_PROCESS = "Process_MonthlyApprovalWindow";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	SignatureService signatures;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	ProfileService profiles;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	ApprovalFixtures fixtures;

	long unit;

	long approved;

	long returned;

	String approvedInstance;

	String returnedInstance;

	@BeforeEach
	void twoReviewedRecordsWaitInTheirOnboardingInstances() {
		this.fixtures = new ApprovalFixtures(this.context);
		this.fixtures.clearQueue();
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-24T00:05:00+07:00").toInstant()));
		this.unit = this.fixtures.province();
		this.approved = this.fixtures.reviewedPerson(this.unit);
		this.returned = this.fixtures.reviewedPerson(this.unit);
		this.approvedInstance = waitingOnboarding(this.approved);
		this.returnedInstance = waitingOnboarding(this.returned);
		this.fixtures.queue(this.approved, this.unit, this.approvedInstance, false);
		this.fixtures.queue(this.returned, this.unit, this.returnedInstance, false);
	}

	@AfterEach
	void resetEngineClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void headApprovesOneAndReturnsOne_oneSignatureCoversTheVersion_instancesMoveOn_processEnds() throws Exception {
		String pi = openTodaysWindows();
		Task task = batchTask(Roles.unitRoleGroup(this.unit, Roles.HEAD));
		Authentication head = ApprovalFixtures.holding("head", Roles.HEAD, this.unit);

		JsonNode batch = read(this.mvc.perform(get("/api/approval-batches/by-task/{id}", task.getId()).with(authentication(head)))
			.andExpect(status().isOk()));
		assertThat(batch.path("approverRole").asText()).isEqualTo("HEAD");
		assertThat(batch.path("windowFirstDay").asText()).isEqualTo("2026-08-24");
		assertThat(batch.path("windowLastDay").asText()).isEqualTo("2026-08-28");
		assertThat(batch.path("records").findValuesAsText("personId"))
			.containsExactlyInAnyOrder(String.valueOf(this.approved), String.valueOf(this.returned));
		long batchId = batch.path("batchId").asLong();

		JsonNode result = read(decide(batchId, head, Map.of("approve", List.of(this.approved), "return",
				List.of(Map.of("personId", this.returned, "reasons", "Thiếu bản sao bằng tốt nghiệp"))))
			.andExpect(status().isOk()));

		assertThat(result.path("approved").asInt()).isEqualTo(1);
		assertThat(result.path("returned").asInt()).isEqualTo(1);
		assertThat(result.path("remaining").asInt()).isZero();
		List<ProfileVersionInfo> versions = this.profiles.versions(this.approved);
		assertThat(versions).hasSize(1);
		assertThat(this.profiles.versions(this.returned)).isEmpty();
		long signatureId = result.path("signatureId").asLong();
		assertThat(this.signatures.verifyCurrentBatchEntry(signatureId, ProfileService.SIGNED_SUBJECT_TYPE,
				String.valueOf(versions.get(0).id())).valid()).isTrue();
		assertThat(queued()).isZero();
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
		assertThat(this.runtime.getVariable(this.approvedInstance, "versionId")).isEqualTo(versions.get(0).id());
		assertThat(this.runtime.getVariable(this.approvedInstance, "approvalSignatureId")).isEqualTo(signatureId);
		assertThat(this.runtime.getVariable(this.returnedInstance, "windowReasons"))
			.isEqualTo("Thiếu bản sao bằng tốt nghiệp");
		assertThat(waitingAt(this.approvedInstance)).containsExactly("Task_HandOverForSync");
		assertThat(waitingAt(this.returnedInstance)).containsExactly("Task_ReturnToEmployee");

		runJobs(pi);

		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_WindowsHandled");
		assertThat(this.jdbc.queryForObject("select status from approval_batch where id = ?", String.class, batchId))
			.isEqualTo("DECIDED");
	}

	@Test
	void recordTransferredInFromAnotherProvince_isApprovedInTheWindowAsATransferVersion() throws Exception {
		// DN Art. 8.3d: the pulled record goes through the normal monthly approval; its version says why it was made
		this.runtime.setVariable(this.approvedInstance, ApprovalWaitingList.VERSION_KIND, "TRANSFER");
		openTodaysWindows();
		Task task = batchTask(Roles.unitRoleGroup(this.unit, Roles.HEAD));
		Authentication head = ApprovalFixtures.holding("head", Roles.HEAD, this.unit);

		decide(batchOf(task), head, Map.of("approve", List.of(this.approved, this.returned))).andExpect(status().isOk());

		assertThat(this.profiles.versions(this.approved)).extracting(ProfileVersionInfo::kind)
			.containsExactly(VersionKind.TRANSFER);
		assertThat(this.profiles.versions(this.returned)).extracting(ProfileVersionInfo::kind)
			.containsExactly(VersionKind.ONBOARDING);
	}

	@Test
	void windowClosesUnsigned_recordsStayQueuedWithOneWindowMissed_overdueAndNotificationsForTheManager() {
		String pi = openTodaysWindows();
		batchTask(Roles.unitRoleGroup(this.unit, Roles.HEAD));
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-08-29T00:00:01+07:00").toInstant()));

		Job close = this.management.createJobQuery().processInstanceId(pi).activityId("Timer_WindowClosed").singleResult();
		assertThat(close.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-08-28T23:59:59+07:00").toInstant()));
		this.management.executeJob(close.getId());
		runJobs(pi);

		assertThat(queued()).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select windows_missed from approval_queue where unit_id = ?", Integer.class,
				this.unit)).containsOnly(1);
		assertThat(this.jdbc.queryForList("select process_instance_id from overdue_item where unit_id = ?"
				+ " and escalated_to = ?", String.class, this.unit, Roles.MANAGER))
			.containsExactlyInAnyOrder(this.approvedInstance, this.returnedInstance);
		assertThat(this.jdbc.queryForList("select recipient from notification where kind like 'APPROVAL_WINDOW_%'"
				+ " and subject like ?", String.class, "%" + unitName() + " %"))
			.containsExactlyInAnyOrder(Roles.MANAGER, Roles.unitRoleGroup(this.unit, Roles.HEAD));
		assertThat(this.jdbc.queryForObject("select status from approval_batch where unit_id = ?", String.class,
				this.unit)).isEqualTo("CLOSED_UNSIGNED");
		assertThat(waitingAt(this.approvedInstance)).containsExactly("Task_AwaitMonthlyWindow");
		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_WindowsHandled");
	}

	@Test
	void approvingSomeoneNotInTheBatch_isRefusedAndNothingChanges() throws Exception {
		openTodaysWindows();
		Task task = batchTask(Roles.unitRoleGroup(this.unit, Roles.HEAD));
		long batchId = batchOf(task);
		long stranger = this.fixtures.reviewedPerson(this.fixtures.province());

		decide(batchId, ApprovalFixtures.holding("head", Roles.HEAD, this.unit),
				Map.of("approve", List.of(this.approved, stranger)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].code").value("approval.not-in-batch"));

		assertNothingDecided(task);
	}

	@Test
	void returningWithoutReasons_isRefused() throws Exception {
		openTodaysWindows();
		Task task = batchTask(Roles.unitRoleGroup(this.unit, Roles.HEAD));

		decide(batchOf(task), ApprovalFixtures.holding("head", Roles.HEAD, this.unit),
				Map.of("return", List.of(Map.of("personId", this.returned, "reasons", " "))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.violations[0].code").value("approval.reasons-required"));

		assertNothingDecided(task);
	}

	@Test
	void recordChangedSinceReview_isRefusedWithConflict() throws Exception {
		openTodaysWindows();
		Task task = batchTask(Roles.unitRoleGroup(this.unit, Roles.HEAD));
		this.jdbc.update("update approval_queue set reviewed_sha256 = ? where person_id = ?", "0".repeat(64),
				this.approved);

		decide(batchOf(task), ApprovalFixtures.holding("head", Roles.HEAD, this.unit),
				Map.of("approve", List.of(this.approved)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.changed-since-review"));

		assertNothingDecided(task);
	}

	@Test
	void someoneNotTheUnitsHead_mayNeitherReadNorDecideTheBatch() throws Exception {
		openTodaysWindows();
		Task task = batchTask(Roles.unitRoleGroup(this.unit, Roles.HEAD));
		Authentication clerk = ApprovalFixtures.holding("clerk", Roles.CLERK, this.unit);
		Authentication otherHead = ApprovalFixtures.holding("other-head", Roles.HEAD, this.fixtures.province());

		this.mvc.perform(get("/api/approval-batches/by-task/{id}", task.getId()).with(authentication(otherHead)))
			.andExpect(status().isForbidden());
		decide(batchOf(task), clerk, Map.of("approve", List.of(this.approved))).andExpect(status().isForbidden());
		decide(batchOf(task), otherHead, Map.of("approve", List.of(this.approved))).andExpect(status().isForbidden());

		assertNothingDecided(task);
	}

	/** Fires the daily timer and runs the opening and the multi-instance jobs; returns the window instance. */
	private String openTodaysWindows() {
		Job timer = this.management.createJobQuery()
			.processDefinitionKey(WINDOW_PROCESS)
			.activityId("StartEvent_EveryDay")
			.timers()
			.singleResult();
		this.management.executeJob(timer.getId());
		Job open = this.management.createJobQuery()
			.processDefinitionKey(WINDOW_PROCESS)
			.activityId("Task_OpenDueWindows")
			.singleResult();
		runJobs(open.getProcessInstanceId());
		return open.getProcessInstanceId();
	}

	/** Runs the instance's jobs that are due now (never the closing timer unless the clock passed it). */
	private void runJobs(String processInstanceId) {
		EngineJobs.runDue(this.management, processInstanceId);
	}

	private Task batchTask(String group) {
		Task task = this.tasks.createTaskQuery().taskDefinitionKey("Task_SignMonthlyBatch").taskCandidateGroup(group)
			.singleResult();
		assertThat(task).isNotNull();
		assertThat(task.getDueDate()).isEqualTo(Date.from(OffsetDateTime.parse("2026-08-28T23:59:59+07:00").toInstant()));
		return task;
	}

	private long batchOf(Task task) {
		return Long.parseLong((String) this.tasks.getVariable(task.getId(), "batchId"));
	}

	private String waitingOnboarding(long personId) {
		return this.runtime.createProcessInstanceByKey("Process_Onboarding")
			.businessKey("person-" + personId)
			.startBeforeActivity("Task_AwaitMonthlyWindow")
			.setVariable("personId", personId)
			.execute()
			.getId();
	}

	private List<String> waitingAt(String processInstanceId) {
		return this.runtime.getActiveActivityIds(processInstanceId)
			.stream()
			.filter(a -> !a.equals("Process_Onboarding"))
			.toList();
	}

	private void assertNothingDecided(Task task) {
		assertThat(queued()).isEqualTo(2);
		assertThat(this.profiles.versions(this.approved)).isEmpty();
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
		assertThat(waitingAt(this.approvedInstance)).containsExactly("Task_AwaitMonthlyWindow");
		assertThat(this.jdbc.queryForObject("select count(*) from approval_batch where unit_id = ?"
				+ " and decided_by is null and status = 'OPEN'", Integer.class, this.unit)).isEqualTo(1);
	}

	private int queued() {
		return this.jdbc.queryForObject("select count(*) from approval_queue where unit_id = ?", Integer.class,
				this.unit);
	}

	private String unitName() {
		return this.directory.findUnit(this.unit).orElseThrow().name();
	}

	private ResultActions decide(long batchId, Authentication who, Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/approval-batches/{id}/decisions", batchId).with(authentication(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

}

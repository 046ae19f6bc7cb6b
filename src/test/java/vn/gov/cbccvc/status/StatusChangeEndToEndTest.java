package vn.gov.cbccvc.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.support.Tasklist;
import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.account.AccountStatus;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.cv.Sex;

/**
 * Status changes through the REST API under Hưng Yên's rules (HY Art. 11.3, 12.1) with the demo province: the
 * clerk records a resignation, the head returns it once and then signs; the record is archived for good, the
 * account revoked and the signed version queued for the national sync. Withdrawal and the retirement forecast
 * (Decree 135/2020/NĐ-CP) that starts retirements ahead, once per person.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class StatusChangeEndToEndTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	AccountService accounts;

	@Autowired
	PersonService people;

	@Autowired
	ProfileService profiles;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	@Autowired
	StatusChangeService requests;

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void resignation_returnedOnceThenSigned_recordArchivedAccountRevokedVersionQueuedSignatureVerifies() {
		long unitId = this.accounts.get("clerk").unitId();
		PersonView person = person(unitId, Sex.FEMALE, LocalDate.of(1988, 7, 9));

		ResponseEntity<JsonNode> started = post("clerk", "/api/status-changes", Map.of("personId", person.id(),
				"kind", "LEFT_STATE_SECTOR", "documentNumber", "45/QĐ-SNV", "documentDate",
				LocalDate.now().minusDays(3).toString(), "documentSigner", "Giám đốc Sở Nội vụ"));
		assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
		long id = started.getBody().get("id").asLong();
		String instance = started.getBody().get("processInstanceId").asText();

		// one open request per person
		assertThat(post("clerk", "/api/status-changes", Map.of("personId", person.id(), "kind", "RESIGNED",
				"documentNumber", "46/QĐ", "documentDate", LocalDate.now().toString())).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);

		// the clerk prepares; the head returns it with reasons, then signs
		assertThat(post("clerk", taskPath(instance, StatusChangeProcess.TASK_PREPARE, "prepare"), Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(post("head", taskPath(instance, StatusChangeProcess.TASK_SIGN, "signature"),
				Map.of("approved", false)).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("head", taskPath(instance, StatusChangeProcess.TASK_SIGN, "signature"),
				Map.of("approved", false, "reasons", "Ghi sai người ký văn bản")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		String prepareAgain = task(instance, StatusChangeProcess.TASK_PREPARE).getId();
		assertThat(as("clerk").getForObject("/api/status-change-tasks/" + prepareAgain, JsonNode.class)
			.get("headReasons").asText()).isEqualTo("Ghi sai người ký văn bản");
		assertThat(post("clerk", "/api/status-change-tasks/" + prepareAgain + "/prepare",
				Map.of("documentSigner", "Phó Giám đốc Sở Nội vụ")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(post("head", taskPath(instance, StatusChangeProcess.TASK_SIGN, "signature"),
				Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runJobs(instance);

		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_StatusChanged");
		JsonNode done = as("clerk").getForObject("/api/status-changes/" + id, JsonNode.class);
		assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(done.get("documentSigner").asText()).isEqualTo("Phó Giám đốc Sở Nội vụ");
		PersonView archived = this.people.get(person.id());
		assertThat(archived.recordStatus()).isEqualTo(vn.gov.cbccvc.profile.RecordStatus.RESIGNED);
		assertThat(archived.archived()).isTrue();
		assertThat(archived.statusReason()).contains("Ra khỏi khu vực nhà nước", "45/QĐ-SNV");
		assertThat(this.accounts.get(person.personalIdNumber()).status()).isEqualTo(AccountStatus.REVOKED);
		long versionId = done.get("versionId").asLong();
		assertThat(this.jdbc.queryForObject("select kind from profile_version where id = ?", String.class, versionId))
			.isEqualTo("STATUS_CHANGE");
		assertThat(this.jdbc.queryForObject("select status from sync_queue where version_id = ?", String.class,
				versionId)).isEqualTo("WAITING_FOR_DIRECTOR"); // HY Art. 8.4: held for the director's sync batch
		JsonNode verified = post("clerk", "/api/signatures/" + done.get("signatureId").asLong() + "/verify", null)
			.getBody();
		assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();

		// the record is archived: nothing left to withdraw
		assertThat(post("clerk", "/api/status-changes/" + id + "/withdraw", Map.of("reason", "nhầm")).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void fromTasklist_retirementAheadNeedsItsDocumentAndAReturnItsReasons_asThroughTheApi() {
		long unitId = this.accounts.get("clerk").unitId();
		PersonView person = person(unitId, Sex.MALE, LocalDate.of(1966, 3, 2));
		StatusChangeView started = this.requests.startRetirementAhead(person.id(), LocalDate.now().plusMonths(2))
			.orElseThrow();
		String instance = started.processInstanceId();
		String prepare = task(instance, StatusChangeProcess.TASK_PREPARE).getId();
		assertThat(Tasklist.form(this.engine, "clerk", prepare)).contains("\"documentNumber\"", "\"documentDate\"");

		// no decision yet: the form's empty fields are refused by the same check as the API's
		assertThatThrownBy(() -> Tasklist.submit(this.engine, "clerk", prepare, Map.of("documentNumber", "")))
			.hasRootCauseInstanceOf(ValidationException.class);
		Tasklist.submit(this.engine, "clerk", prepare, Map.of("documentNumber", "12/QĐ-UBND", "documentDate",
				LocalDate.now().toString(), "documentSigner", "Chủ tịch UBND tỉnh"));
		assertThat(this.requests.get(started.id()).documentNumber()).isEqualTo("12/QĐ-UBND");
		assertThat(this.history.createHistoricTaskInstanceQuery().taskId(prepare).singleResult().getAssignee())
			.isEqualTo("clerk");

		String sign = task(instance, StatusChangeProcess.TASK_SIGN).getId();
		assertThatThrownBy(() -> Tasklist.submit(this.engine, "head", sign, Map.of("headSigned", false)))
			.hasRootCauseInstanceOf(DomainException.class);
		Tasklist.submit(this.engine, "head", sign, Map.of("headSigned", false, "headReasons", "Sai người ký"));
		assertThat(this.runtime.getVariable(instance, StatusChangeProcess.HEAD_REASONS)).isEqualTo("Sai người ký");
		assertThat(this.runtime.getVariable(instance, StatusChangeProcess.SIGNED_BY)).isEqualTo("head");
		// through the API the listener's refusal is still a 400 naming the field, and the task stays unclaimed
		String again = task(instance, StatusChangeProcess.TASK_PREPARE).getId();
		ResponseEntity<JsonNode> refused = post("clerk", "/api/status-change-tasks/" + again + "/prepare",
				Map.of("documentDate", LocalDate.now().plusDays(5).toString()));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().toString()).contains("documentDate");
		assertThat(task(instance, StatusChangeProcess.TASK_PREPARE).getAssignee()).isNull();
		assertThat(post("clerk", "/api/status-changes/" + started.id() + "/withdraw", Map.of("reason", "Kiểm thử"))
			.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		runJobs(instance);
	}

	@Test
	void documentRevoked_withdrawnBeforeArchiving_recordStaysActive() {
		long unitId = this.accounts.get("clerk").unitId();
		PersonView person = person(unitId, Sex.MALE, LocalDate.of(1979, 1, 20));
		// bad input is refused with the field and nothing is started
		ResponseEntity<JsonNode> refused = post("clerk", "/api/status-changes", Map.of("personId", person.id(),
				"kind", "DISMISSED", "documentNumber", "9/QĐ-KL", "documentDate", LocalDate.now().toString(),
				"attachmentId", 987654321L));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().toString()).contains("attachmentId");
		assertThat(this.jdbc.queryForObject("select count(*) from status_change where person_id = ?", Integer.class,
				person.id())).isZero();
		JsonNode started = post("clerk", "/api/status-changes", Map.of("personId", person.id(), "kind", "DISMISSED",
				"documentNumber", "9/QĐ-KL", "documentDate", LocalDate.now().toString())).getBody();
		long id = started.get("id").asLong();

		assertThat(post("clerk", "/api/status-changes/" + id + "/withdraw", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("clerk", "/api/status-changes/" + id + "/withdraw",
				Map.of("reason", "Quyết định kỷ luật bị hủy")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		runJobs(started.get("processInstanceId").asText());

		JsonNode withdrawn = as("clerk").getForObject("/api/status-changes/" + id, JsonNode.class);
		assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.get("statusReason").asText()).contains("Quyết định kỷ luật bị hủy");
		assertThat(this.people.get(person.id()).recordStatus()).isEqualTo(vn.gov.cbccvc.profile.RecordStatus.ACTIVE);
		assertThat(this.accounts.get(person.personalIdNumber()).status()).isNotEqualTo(AccountStatus.REVOKED);
	}

	@Test
	void headsOwnStatusChange_isSignedByTheAuthorisedDeputy() {
		var head = this.accounts.get("head");
		JsonNode started = post("clerk", "/api/status-changes", Map.of("personId", head.personId(), "kind", "RESIGNED",
				"documentNumber", "3/QĐ-UBND", "documentDate", LocalDate.now().toString())).getBody();
		String instance = started.get("processInstanceId").asText();
		assertThat(post("clerk", taskPath(instance, StatusChangeProcess.TASK_PREPARE, "prepare"), Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		Task sign = task(instance, StatusChangeProcess.TASK_SIGN);
		assertThat(this.tasks.getIdentityLinksForTask(sign.getId())).extracting(l -> l.getGroupId())
			.contains("unit-" + head.unitId() + "-deputy")
			.doesNotContain("unit-" + head.unitId() + "-head");
		// the head does not even see it (the engine's authorizations hide tasks not offered to you)
		assertThat(post("head", "/api/status-change-tasks/" + sign.getId() + "/signature", Map.of("approved", true))
			.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
		assertThat(post("clerk", "/api/status-changes/" + started.get("id").asLong() + "/withdraw",
				Map.of("reason", "Kiểm thử")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		runJobs(instance);
	}

	@Test
	void retirementForecast_listsThePersonAndTheDailyTimerStartsTheRetirementOnceAhead() {
		long unitId = this.accounts.get("clerk").unitId();
		// the first man to retire from today (the roadmap leaves months in which nobody does)
		LocalDate birth = RetirementAge.earliestBirthRetiringFrom(Sex.MALE, LocalDate.now());
		PersonView person = person(unitId, Sex.MALE, birth);
		LocalDate retirement = RetirementAge.retirementDate(Sex.MALE, birth);

		JsonNode page = as("clerk").getForObject("/api/retirement-forecast?unitId=" + unitId + "&months=12&size=200",
				JsonNode.class);
		JsonNode row = null;
		for (JsonNode r : page.get("content")) {
			if (r.get("personId").asLong() == person.id()) {
				row = r;
			}
		}
		assertThat(row).as(page.toString()).isNotNull();
		assertThat(row.get("retirementDate").asText()).isEqualTo(retirement.toString());
		assertThat(as("clerk.yte").getForEntity("/api/retirement-forecast?unitId=" + unitId, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		// a month before the retirement date (within the 3-month lead), on two days running
		try {
			for (int day = 0; day < 2; day++) {
				ClockUtil.setCurrentTime(java.sql.Date.valueOf(retirement.minusDays(30 - day)));
				String forecast = this.runtime.startProcessInstanceByKey("Process_RetirementForecast").getId();
				runJobs(forecast);
			}
		}
		finally {
			ClockUtil.reset();
		}

		List<Map<String, Object>> started = this.jdbc.queryForList("select kind, origin, effective_date, status"
				+ " from status_change where person_id = ?", person.id());
		assertThat(started).hasSize(1);
		Map<String, Object> request = started.get(0);
		assertThat(List.of(request.get("kind"), request.get("origin"), request.get("status")))
			.containsExactly("RETIRED", "RETIREMENT_FORECAST", "IN_PROGRESS");
		// effective from the first pension day, the day after the retirement moment
		assertThat(request.get("effective_date").toString()).isEqualTo(retirement.plusDays(1).toString());
		JsonNode again = as("clerk").getForObject("/api/retirement-forecast?unitId=" + unitId + "&size=200",
				JsonNode.class);
		assertThat(again.get("content").findValues("personId").stream().anyMatch(v -> v.asLong() == person.id()))
			.isTrue();
	}

	// ---------------------------------------------------------------------------------------------------

	private PersonView person(long unitId, Sex sex, LocalDate birth) {
		return StatusChangeFixtures.activePerson(this.people, this.profiles, this.accounts, unitId, sex, birth);
	}

	private String taskPath(String instance, String key, String action) {
		return "/api/status-change-tasks/" + task(instance, key).getId() + "/" + action;
	}

	private Task task(String instance, String key) {
		List<Task> found = this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
		assertThat(found).as(key).hasSize(1);
		return found.get(0);
	}

	/** The job executor is off in tests: run this instance's due jobs (the effective-date wait included). */
	private void runJobs(String instance) {
		EngineJobs.runDue(this.management, instance);
	}

	private TestRestTemplate as(String user) {
		return this.rest.withBasicAuth(user, "demo");
	}

	private ResponseEntity<JsonNode> post(String user, String path, Object body) {
		return as(user).postForEntity(path, body == null ? Map.of() : body, JsonNode.class);
	}

}

package vn.gov.cbccvc.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.SampleCv;
import vn.gov.cbccvc.profile.cv.Sex;

/**
 * From the recruitment decision to a signed, approved version, through the REST API only, under Hưng Yên's rules
 * (HY Art. 10.1-10.4) with the demo province: the clerk records the decision and confirms the account, the
 * employee enters the CV and submits, the clerk reviews, the head approves; the stored signature verifies, and
 * stops verifying once the stored version is altered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class OnboardingEndToEndTest {

	static final String PERSONAL_ID = "001085777001";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void recruitmentDecisionToSignedApprovedVersion_signatureVerifiesUntilTheStoredVersionIsAltered() throws Exception {
		long unitId = this.accounts.get("clerk").unitId();

		// the clerk records the recruitment decision
		ResponseEntity<JsonNode> started = as("clerk", "demo").postForEntity("/api/onboardings", Map.of(
				"personalIdNumber", PERSONAL_ID, "fullName", "Nguyễn Văn An", "sex", "MALE", "birthDate", "1985-03-14",
				"unitId", unitId, "category", "CIVIL_SERVANT", "basis", "DECISION", "decisionNumber", "215/QĐ-SGDĐT",
				"decisionDate", LocalDate.now().minusDays(2).toString()), JsonNode.class);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String instance = started.getBody().get("processInstanceId").asText();
		long personId = started.getBody().get("personId").asLong();
		long onboardingId = started.getBody().get("id").asLong();
		runJobs();

		// the clerk confirms the account; the temporary password reaches the clerks once
		assertThat(post("clerk", "demo", "/api/onboarding-tasks/" + task(instance, "Task_ConfirmAccountCreation").getId()
				+ "/account", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runJobs();
		String password = temporaryPassword();

		// the employee enters the CV and submits
		Task entry = task(instance, "Task_EnterProfile");
		assertThat(entry.getAssignee()).isEqualTo(PERSONAL_ID);
		JsonNode summary = as(PERSONAL_ID, password).getForObject("/api/onboarding-tasks/" + entry.getId(), JsonNode.class);
		assertThat(summary.get("personId").asLong()).isEqualTo(personId);
		String cv = this.json.writeValueAsString(SampleCv.full(SampleCv.identity(PERSONAL_ID, Sex.MALE,
				LocalDate.of(1985, 3, 14))));
		ResponseEntity<String> saved = as(PERSONAL_ID, password).exchange("/api/people/" + personId + "/profile/draft",
				HttpMethod.PUT, jsonEntity(cv), String.class);
		assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(post(PERSONAL_ID, password, "/api/onboarding-tasks/" + entry.getId() + "/self-entry", null)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		// the clerk reviews against the paper dossier; the record is locked (HY Art. 10.3)
		assertThat(post("clerk", "demo", "/api/onboarding-tasks/" + task(instance, "Task_ReviewProfile").getId()
				+ "/review", Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runJobs();
		assertThat(this.jdbc.queryForObject("select locked_for_editing from profile_draft where person_id = ?",
				Boolean.class, personId)).isTrue();

		// the head approves by signature (HY Art. 10.4)
		assertThat(post("head", "demo", "/api/onboarding-tasks/" + task(instance, "Task_ApproveProfile").getId()
				+ "/approval", Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runJobs();

		assertThat(this.history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
			.getEndActivityId()).isEqualTo("EndEvent_ProfileApproved");
		assertThat(as("clerk", "demo").getForObject("/api/onboardings/" + onboardingId, JsonNode.class)
			.get("status").asText()).isEqualTo("APPROVED");
		Long versionId = this.jdbc.queryForObject("select id from profile_version where person_id = ?", Long.class,
				personId);
		assertThat(this.jdbc.queryForObject("select status from sync_queue where version_id = ?", String.class,
				versionId)).isEqualTo("WAITING_FOR_DIRECTOR"); // HY Art. 8.4: held for the director's sync batch

		JsonNode signatures = as("clerk", "demo").getForObject(
				"/api/signatures?subjectType=PROFILE_VERSION&subjectId=" + versionId, JsonNode.class);
		long signatureId = signatures.get("content").get(0).get("id").asLong();
		JsonNode verified = post("clerk", "demo", "/api/signatures/" + signatureId + "/verify", null).getBody();
		assertThat(verified.get("valid").asBoolean()).isTrue();
		assertThat(verified.toString()).contains("head");

		// someone alters the stored version behind the application's back
		this.jdbc.execute("DROP TRIGGER IF EXISTS profile_version_immutable");
		this.jdbc.update("update profile_version set content = replace(content, '1985-03-14', '1985-03-15') where id = ?",
				versionId);
		JsonNode tampered = post("clerk", "demo", "/api/signatures/" + signatureId + "/verify", null).getBody();
		assertThat(tampered.get("valid").asBoolean()).isFalse();
	}

	@Test
	void clerkCancelsThroughTheApi_recordArchivedAndAnotherUnitsClerkIsRefused() {
		long unitId = this.accounts.get("clerk").unitId();
		JsonNode started = as("clerk", "demo").postForEntity("/api/onboardings", Map.of("personalIdNumber",
				"001085777002", "fullName", "Trần Văn Bảo", "sex", "MALE", "birthDate", "1985-03-14", "unitId", unitId,
				"category", "CIVIL_SERVANT", "basis", "DECISION", "decisionNumber", "216/QĐ-SGDĐT", "decisionDate",
				LocalDate.now().minusDays(1).toString()), JsonNode.class).getBody();
		long id = started.get("id").asLong();
		runJobs();

		assertThat(post("clerk.yte", "demo", "/api/onboardings/" + id + "/cancel", Map.of("reason", "x"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(post("clerk", "demo", "/api/onboardings/" + id + "/cancel", Map.of()).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("clerk", "demo", "/api/onboardings/" + id + "/cancel",
				Map.of("reason", "Người được tuyển dụng không đến nhận việc")).getStatusCode())
			.isEqualTo(HttpStatus.ACCEPTED);
		runJobs();

		JsonNode onboarding = as("clerk", "demo").getForObject("/api/onboardings/" + id, JsonNode.class);
		assertThat(onboarding.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(this.jdbc.queryForObject("select record_status from person where id = ?", String.class,
				started.get("personId").asLong())).isEqualTo("CANCELLED");
	}

	private String temporaryPassword() {
		JsonNode notes = as("clerk", "demo").getForObject("/api/notifications", JsonNode.class);
		for (JsonNode note : notes) {
			if ("ACCOUNT_ISSUED".equals(note.get("kind").asText())) {
				return post("clerk", "demo", "/api/notifications/" + note.get("id").asLong() + "/read", null).getBody()
					.get("secret")
					.asText();
			}
		}
		throw new AssertionError("no account notification: " + notes);
	}

	private Task task(String instance, String key) {
		List<Task> found = this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
		assertThat(found).as(key).hasSize(1);
		return found.get(0);
	}

	/** The job executor is off in tests: run the asynchronous continuations that are due. */
	private void runJobs() {
		EngineJobs.runContinuations(this.management, null);
	}

	private TestRestTemplate as(String user, String password) {
		return this.rest.withBasicAuth(user, password);
	}

	private ResponseEntity<JsonNode> post(String user, String password, String path, Object body) {
		return as(user, password).postForEntity(path, body == null ? jsonEntity("{}") : body, JsonNode.class);
	}

	private static HttpEntity<String> jsonEntity(String body) {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

}

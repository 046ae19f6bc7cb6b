package vn.gov.cbccvc.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ProcessEngine;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.support.Tasklist;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.account.AccountService;

/**
 * A change of data through the REST API under Hưng Yên's rules (HY Art. 10.5) with the demo province: an approved
 * person declares a new phone number in the draft, the clerk sees exactly that field in the diff and passes it, the
 * head approves within 10 working days; version 2 is signed, version 1 is untouched and the new version is queued
 * for the national sync. A second concurrent proposal is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class DataChangeEndToEndTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProcessEngine engine;

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void newPhoneNumber_diffShowsThatField_clerkPasses_headApprovesWithin10WorkingDays_version2SignedAndQueued() {
		// the deputy is an approved demo person; she declares her own change
		long personId = this.accounts.get("deputy").personId();
		String profile = "/api/people/" + personId + "/profile";
		JsonNode version1 = as("deputy").getForObject(profile + "/versions/1", JsonNode.class);
		assertThat(as("deputy").getForObject(profile + "/versions", JsonNode.class)).hasSize(1);

		// submitted on a Friday: 10 working days run across two weekends (HY Art. 10.5)
		LocalDate friday = LocalDate.of(2026, 3, 6);
		ClockUtil.setCurrentTime(Date.from(friday.atTime(10, 0).atZone(ZONE).toInstant()));
		try {
			ResponseEntity<JsonNode> started = post("deputy", "/api/data-changes", Map.of("personId", personId,
					"eventDate", friday.minusDays(1).toString(), "summary", "Đổi số điện thoại"));
			assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
			long id = started.getBody().get("id").asLong();
			String instance = started.getBody().get("processInstanceId").asText();

			// never two proposals in one draft
			assertThat(post("clerk", "/api/data-changes", Map.of("personId", personId, "eventDate",
					friday.minusDays(1).toString(), "summary", "Khác")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

			// the proposal is written in the draft; the approved version stays as it was
			JsonNode draft = as("deputy").getForObject(profile + "/draft", JsonNode.class);
			ObjectNode content = (ObjectNode) draft.get("content");
			((ObjectNode) content.get("identity")).put("phone", "0912345678");
			ResponseEntity<JsonNode> saved = as("deputy").exchange(profile + "/draft", HttpMethod.PUT,
					new HttpEntity<>(content), JsonNode.class);
			assertThat(saved.getStatusCode()).as(String.valueOf(saved.getBody())).isEqualTo(HttpStatus.OK);
			Task propose = task(instance, DataChangeProcess.TASK_PROPOSE);
			assertThat(propose.getAssignee()).isEqualTo("deputy");
			assertThat(post("deputy", "/api/data-change-tasks/" + propose.getId() + "/proposal", null).getStatusCode())
				.isEqualTo(HttpStatus.NO_CONTENT);
			runJobs(instance);

			// the reviewer sees exactly the changed field, and the draft is locked while it is reviewed
			Task review = task(instance, DataChangeProcess.TASK_REVIEW);
			JsonNode summary = as("clerk").getForObject("/api/data-change-tasks/" + review.getId(), JsonNode.class);
			assertThat(summary.get("baseVersionNo").asInt()).isEqualTo(1);
			assertThat(summary.get("changes")).as(summary.toString()).hasSize(1);
			assertThat(summary.get("changes").get(0).get("path").asText()).isEqualTo("identity.phone");
			assertThat(summary.get("changes").get(0).get("newValue").asText()).isEqualTo("0912345678");
			assertThat(as("deputy").exchange(profile + "/draft", HttpMethod.PUT, new HttpEntity<>(content),
					JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(post("clerk", "/api/data-change-tasks/" + review.getId() + "/review",
					Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

			// the head's approval is due at the end of the 10th working day after the Friday of submission
			Task approve = task(instance, DataChangeProcess.TASK_APPROVE);
			assertThat(approve.getDueDate()).isEqualTo(
					Date.from(ZonedDateTime.of(LocalDate.of(2026, 3, 20), LocalTime.of(23, 59, 59), ZONE).toInstant()));
			assertThat(post("head", "/api/data-change-tasks/" + approve.getId() + "/approval",
					Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			runJobs(instance);

			JsonNode done = as("deputy").getForObject("/api/data-changes/" + id, JsonNode.class);
			assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
			JsonNode versions = as("deputy").getForObject(profile + "/versions", JsonNode.class);
			assertThat(versions).hasSize(2);
			JsonNode version2 = as("deputy").getForObject(profile + "/versions/2", JsonNode.class);
			assertThat(version2.get("content").get("identity").get("phone").asText()).isEqualTo("0912345678");
			assertThat(as("deputy").getForObject(profile + "/versions/1", JsonNode.class)).isEqualTo(version1);
			long versionId = done.get("versionId").asLong();
			assertThat(this.jdbc.queryForObject("select kind from profile_version where id = ?", String.class,
					versionId)).isEqualTo("CHANGE");
			assertThat(this.jdbc.queryForObject("select status from sync_queue where version_id = ?", String.class,
					versionId)).isEqualTo("WAITING_FOR_DIRECTOR"); // HY Art. 8.4: held for the director's sync batch
			JsonNode verified = post("clerk", "/api/signatures/" + done.get("signatureId").asLong() + "/verify", null)
				.getBody();
			assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
		}
		finally {
			ClockUtil.reset();
		}
	}

	@Test
	void headsOwnChange_goesToTheDeputy_withdrawnUnderApproval_draftBackToTheApprovedContent() {
		var head = this.accounts.get("head");
		String profile = "/api/people/" + head.personId() + "/profile";
		JsonNode approved = as("head").getForObject(profile + "/draft", JsonNode.class).get("content");
		JsonNode started = post("head", "/api/data-changes", Map.of("personId", head.personId(), "eventDate",
				LocalDate.now(ZONE).toString(), "summary", "Đổi địa chỉ thư điện tử")).getBody();
		String instance = started.get("processInstanceId").asText();
		ObjectNode content = approved.deepCopy();
		((ObjectNode) content.get("identity")).put("phone", "0987654321");
		assertThat(as("head").exchange(profile + "/draft", HttpMethod.PUT, new HttpEntity<>(content), JsonNode.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		// the head proposes as an employee (the page ke-khai-thay-doi.html posts this); the clerk reviews in Tasklist
		assertThat(post("head", "/api/data-change-tasks/" + task(instance, DataChangeProcess.TASK_PROPOSE).getId()
				+ "/proposal", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runJobs(instance);
		Task review = task(instance, DataChangeProcess.TASK_REVIEW);
		// a return needs its reasons, through the API and in Tasklist alike
		assertThat(post("clerk", "/api/data-change-tasks/" + review.getId() + "/review", Map.of("approved", false))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThatThrownBy(() -> Tasklist.submit(this.engine, "clerk", review.getId(), Map.of("reviewPassed", false)))
			.hasRootCauseInstanceOf(DomainException.class);
		Tasklist.submit(this.engine, "clerk", review.getId(), Map.of("reviewPassed", true));

		Task approve = task(instance, DataChangeProcess.TASK_APPROVE);
		assertThat(this.tasks.getIdentityLinksForTask(approve.getId())).extracting(l -> l.getGroupId())
			.contains("unit-" + head.unitId() + "-deputy")
			.doesNotContain("unit-" + head.unitId() + "-head");
		assertThat(post("head", "/api/data-changes/" + started.get("id").asLong() + "/withdraw", Map.of())
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("head", "/api/data-changes/" + started.get("id").asLong() + "/withdraw",
				Map.of("reason", "Nhập nhầm")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		runJobs(instance);

		JsonNode withdrawn = as("head").getForObject("/api/data-changes/" + started.get("id").asLong(), JsonNode.class);
		assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
		JsonNode draft = as("head").getForObject(profile + "/draft", JsonNode.class);
		assertThat(draft.get("content")).isEqualTo(approved);
		assertThat(draft.get("lockedForEditing").asBoolean()).isFalse();
		assertThat(as("head").getForObject(profile + "/versions", JsonNode.class)).hasSize(1);
	}

	// ---------------------------------------------------------------------------------------------------

	private Task task(String instance, String key) {
		List<Task> found = this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
		assertThat(found).as(key).hasSize(1);
		return found.get(0);
	}

	/** The job executor is off in tests: run this instance's due jobs. */
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

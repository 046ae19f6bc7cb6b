package vn.gov.cbccvc.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.account.AccountStatus;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.RecordStatus;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.support.EngineJobs;

/**
 * Moves through the REST API under Hưng Yên's rules with the demo province: a civil servant of the Department of
 * Education moves to the Department of Health (between units); the receiving clerk refuses once, the record comes
 * back to the sender and is handed over again; the receiving head signs; the person, the record's access and the
 * personal account end up in the new unit, the TRANSFER version verifies and is queued for the national sync.
 * A transfer out releases and archives the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class TransferEndToEndTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

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

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void moveBetweenDepartments_refusedOnceThenSigned_recordAndAccessMovedVersionVerifiesAndWaitsForTheDirectorsBatch() {
		long education = this.accounts.get("clerk").unitId();
		long health = this.accounts.get("clerk.yte").unitId();
		PersonView person = TransferFixtures.activePerson(this.people, this.profiles, this.accounts, education);
		String effective = LocalDate.now().minusDays(2).toString();

		ResponseEntity<JsonNode> started = post("clerk", "/api/transfers", Map.of("personId", person.id(),
				"toUnitId", health, "newPosition", "Chuyên viên", "decisionNumber", "12/QĐ-UBND", "decisionDate",
				effective, "decisionSigner", "Chủ tịch UBND tỉnh"));
		assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(started.getBody().get("kind").asText()).isEqualTo("BETWEEN_UNITS");
		long id = started.getBody().get("id").asLong();
		String instance = started.getBody().get("processInstanceId").asText();
		// one open move per person; a bad decision is refused with reasons
		assertThat(post("clerk", "/api/transfers", Map.of("personId", person.id(), "toUnitId", health,
				"decisionNumber", "13/QĐ", "decisionDate", effective)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(post("clerk", "/api/transfers", Map.of("personId", person.id(), "toUnitId", health))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		runJobs(instance);

		// the receiving clerk does not even see the sending unit's task; the sending clerk hands over
		assertThat(post("clerk.yte", taskPath(instance, TransferProcess.TASK_HAND_OVER, "hand-over"), null)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(post("clerk", taskPath(instance, TransferProcess.TASK_HAND_OVER, "hand-over"), null)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runJobs(instance);
		assertThat(post("clerk", "/api/transfers/" + id + "/withdraw", Map.of("reason", "nhầm")).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);

		// the receiving clerk refuses in Tasklist: the form's decision without reasons is refused as by the API
		String accept = task(instance, TransferProcess.TASK_ACCEPT).getId();
		assertThat(Tasklist.form(this.engine, "clerk.yte", accept)).contains("\"refusalReasons\"");
		assertThatThrownBy(() -> Tasklist.submit(this.engine, "clerk.yte", accept, Map.of("accepted", false)))
			.hasRootCauseInstanceOf(DomainException.class);
		Tasklist.submit(this.engine, "clerk.yte", accept,
				Map.of("accepted", false, "refusalReasons", "Thiếu bản quét quyết định"));
		runJobs(instance);
		task(instance, TransferProcess.TASK_HAND_OVER);
		assertThat(as("clerk").getForObject("/api/transfers/" + id, JsonNode.class).get("status").asText())
			.isEqualTo("IN_PROGRESS");
		assertThat(post("clerk", taskPath(instance, TransferProcess.TASK_HAND_OVER, "hand-over"), null)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runJobs(instance);
		assertThat(post("clerk.yte", taskPath(instance, TransferProcess.TASK_ACCEPT, "acceptance"),
				Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(post("head.yte", taskPath(instance, TransferProcess.TASK_SIGN, "signature"),
				Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		runJobs(instance);

		JsonNode done = as("clerk.yte").getForObject("/api/transfers/" + id, JsonNode.class);
		assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
		assertThat(this.people.get(person.id()).unitId()).isEqualTo(health);
		assertThat(this.accounts.get(person.personalIdNumber()).roles())
			.contains(new RoleGrant(Roles.EMPLOYEE, health))
			.doesNotContain(new RoleGrant(Roles.EMPLOYEE, education));
		assertThat(this.accounts.get(person.personalIdNumber()).unitId()).as("the account's home unit")
			.isEqualTo(health);
		long versionId = done.get("versionId").asLong();
		assertThat(this.jdbc.queryForObject("select kind from profile_version where id = ?", String.class, versionId))
			.isEqualTo("TRANSFER");
		assertThat(this.jdbc.queryForObject("select content from profile_version where id = ?", String.class,
				versionId)).contains("Sở Y tế");
		assertThat(this.jdbc.queryForObject("select status from sync_queue where version_id = ?", String.class,
				versionId)).as("HY Art. 8.4: held for the director's batch").isEqualTo("WAITING_FOR_DIRECTOR");
		JsonNode verified = post("head.yte", "/api/signatures/" + done.get("signatureId").asLong() + "/verify", null)
			.getBody();
		assertThat(verified.get("valid").asBoolean()).as(String.valueOf(verified)).isTrue();
		JsonNode history = as("clerk.yte").getForObject("/api/transfers?personId=" + person.id(), JsonNode.class);
		assertThat(history.get("content")).hasSize(1);
	}

	@Test
	void transferOutOfTheProvince_releasedArchivedAccountRevoked_andWithdrawalBeforeThat() {
		long education = this.accounts.get("clerk").unitId();
		PersonView person = TransferFixtures.activePerson(this.people, this.profiles, this.accounts, education);
		String effective = LocalDate.now().minusDays(1).toString();
		Map<String, Object> decision = Map.of("personId", person.id(), "leavesStateSector", false,
				"destinationAgency", "Sở Giáo dục và Đào tạo tỉnh Ninh Bình", "destinationProvince", "Ninh Bình",
				"reason", "Chuyển công tác theo nguyện vọng", "decisionNumber", "88/QĐ-UBND", "decisionDate", effective);

		ResponseEntity<JsonNode> first = post("clerk", "/api/transfers-out", decision);
		assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(post("clerk", "/api/transfers-out/" + first.getBody().get("id").asLong() + "/withdraw",
				Map.of("reason", "Quyết định bị thu hồi")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		runJobs(first.getBody().get("processInstanceId").asText());

		ResponseEntity<JsonNode> started = post("clerk", "/api/transfers-out", decision);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		long id = started.getBody().get("id").asLong();
		String instance = started.getBody().get("processInstanceId").asText();
		// worked in Tasklist, with the forms' variables
		Tasklist.submit(this.engine, "clerk", task(instance, TransferProcess.TASK_PREPARE_OUT).getId(), Map.of());
		Tasklist.submit(this.engine, "head", task(instance, TransferProcess.TASK_SIGN_OUT).getId(),
				Map.of("headSigned", true));
		runJobs(instance);

		JsonNode done = as("clerk").getForObject("/api/transfers-out/" + id, JsonNode.class);
		assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
		PersonView archived = this.people.get(person.id());
		assertThat(archived.recordStatus()).isEqualTo(RecordStatus.TRANSFERRED_OUT);
		assertThat(archived.archived()).isTrue();
		assertThat(archived.archiveDestination()).contains("Ninh Bình");
		assertThat(this.accounts.get(person.personalIdNumber()).status()).isEqualTo(AccountStatus.REVOKED);
		assertThat(this.jdbc.queryForObject("select status from sync_queue where version_id = ?", String.class,
				done.get("versionId").asLong())).as("HY Art. 8.4: held for the director's batch").isEqualTo("WAITING_FOR_DIRECTOR");
		assertThat(post("clerk", "/api/transfers-out/" + id + "/withdraw", Map.of("reason", "nhầm")).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
		JsonNode history = as("clerk").getForObject("/api/transfers?personId=" + person.id(), JsonNode.class);
		assertThat(history.get("content")).extracting(n -> n.get("status").asText())
			.containsExactly("COMPLETED", "WITHDRAWN");
	}

	private String taskPath(String instance, String key, String action) {
		return "/api/transfer-tasks/" + task(instance, key).getId() + "/" + action;
	}

	private Task task(String instance, String key) {
		List<Task> found = this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
		assertThat(found).as(key).hasSize(1);
		return found.get(0);
	}

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

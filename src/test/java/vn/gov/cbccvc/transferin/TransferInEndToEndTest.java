package vn.gov.cbccvc.transferin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.CanonicalJson;
import vn.gov.cbccvc.profile.SampleCv;
import vn.gov.cbccvc.profile.cv.Sex;
import vn.gov.cbccvc.signature.ContentHash;
import vn.gov.cbccvc.support.EngineJobs;

/**
 * A person transferred in from another province, through the REST API only, under Hưng Yên's rules: the record
 * signed elsewhere sits in a stand-in of the national database; the clerk records the dossier, DoHA pulls (the
 * first attempt hits an outage and is retried), the draft equals the national content byte for byte (nothing typed
 * again, TT06 Art. 4.5), the employee checks, the clerk reviews, the head approves, and the new version — of kind
 * TRANSFER — is queued for the national sync.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class TransferInEndToEndTest {

	static final String PERSONAL_ID = "001085777901";

	/** The national database's latest versions by personal ID (the JSON it serves); "DOWN" answers 503 once. */
	static final Map<String, String> NATIONAL = new ConcurrentHashMap<>();

	static final HttpServer SERVER = startNational();

	@DynamicPropertySource
	static void nationalUrl(DynamicPropertyRegistry registry) {
		registry.add("app.sync.national-url", () -> "http://127.0.0.1:" + SERVER.getAddress().getPort());
	}

	static HttpServer startNational() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/national/api/people/", exchange -> {
				String id = exchange.getRequestURI().getPath().split("/")[4];
				String found = NATIONAL.remove("DOWN") != null ? null : NATIONAL.get(id);
				int status = found == null ? (NATIONAL.containsKey(id) ? 503 : 404) : 200;
				if (found == null && !NATIONAL.containsKey(id)) {
					status = 404;
				}
				byte[] body = (found == null ? "{}" : found).getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(status, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ProcessEngine engine;

	@AfterAll
	static void stop() {
		SERVER.stop(0);
		BpmnAwareTests.reset();
	}

	@Test
	void recordSignedElsewhereIsPulledWithNothingRetyped_checkedReviewedApproved_andHandedToTheSync() throws Exception {
		long unitId = this.accounts.get("clerk").unitId();
		String canonical = CanonicalJson.write(SampleCv.full(SampleCv.identity(PERSONAL_ID, Sex.MALE, SampleCv.BIRTH)));
		byte[] content = canonical.getBytes(StandardCharsets.UTF_8);
		NATIONAL.put(PERSONAL_ID, this.json.writeValueAsString(Map.of("receiptId", "NAT-H01-4711", "provinceCode",
				"H01", "sendingAgencyCode", "000.00.00.H01", "personalIdNumber", PERSONAL_ID, "versionNo", 3, "kind",
				"CHANGE", "contentBase64", Base64.getEncoder().encodeToString(content), "sha256",
				ContentHash.sha256Hex(content), "signatureCmsBase64", Base64.getEncoder().encodeToString(new byte[] { 48 }),
				"signerSubject", "CN=Giám đốc Sở Nội vụ Hà Nội")));

		// the receiving unit's clerk records the dossier
		ResponseEntity<JsonNode> started = as("clerk").postForEntity("/api/transfers-in", Map.of("personalIdNumber",
				PERSONAL_ID, "unitId", unitId, "category", "CIVIL_SERVANT", "fromAgency", "Sở Y tế Hà Nội",
				"fromProvince", "Hà Nội", "decisionNumber", "77/QĐ-UBND", "decisionDate",
				LocalDate.now().minusDays(5).toString(), "dossierHandedOverDate", LocalDate.now().minusDays(2).toString(),
				"dossierScanBase64", Base64.getEncoder().encodeToString("%PDF-1.4 ho so".getBytes(StandardCharsets.UTF_8))),
				JsonNode.class);
		assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
		long id = started.getBody().get("id").asLong();
		String instance = started.getBody().get("processInstanceId").asText();
		assertThat(started.getBody().get("personalIdNumberMasked").asText()).doesNotContain("001085");
		// a second open transfer of the same person is refused
		assertThat(as("clerk").postForEntity("/api/transfers-in", Map.of("personalIdNumber", PERSONAL_ID, "unitId",
				unitId, "category", "CIVIL_SERVANT", "fromAgency", "x", "decisionNumber", "1", "decisionDate",
				LocalDate.now().minusDays(5).toString(), "dossierHandedOverDate", LocalDate.now().toString()),
				JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

		// DoHA pulls; the national database is down the first time: the job is retried, nothing is lost
		Task pull = task(instance, "Task_PullFromNational");
		assertThat(post("doha", "/api/transfer-in-tasks/" + pull.getId() + "/pull", null).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		NATIONAL.put("DOWN", "1");
		var fetch = this.management.createJobQuery().processInstanceId(instance).activityId("Task_FetchNationalRecord")
			.singleResult();
		try {
			this.management.executeJob(fetch.getId());
		}
		catch (RuntimeException expected) {
			// the outage
		}
		var retried = this.management.createJobQuery().jobId(fetch.getId()).singleResult();
		assertThat(retried.getRetries()).isEqualTo(6);
		this.management.executeJob(retried.getId());
		EngineJobs.runContinuations(this.management, null);

		JsonNode transfer = as("clerk").getForObject("/api/transfers-in/" + id, JsonNode.class);
		assertThat(transfer.get("status").asText()).isEqualTo("PULLED");
		assertThat(transfer.get("nationalVersionId").asText()).isEqualTo("NAT-H01-4711");
		assertThat(transfer.get("sourceSha256").asText()).isEqualTo(ContentHash.sha256Hex(content));
		assertThat(transfer.get("sourceAgency").asText()).isEqualTo("000.00.00.H01");
		assertThat(transfer.get("pulledBy").asText()).isEqualTo("doha");
		long personId = transfer.get("personId").asLong();
		// nothing typed again: the draft is the national content
		assertThat(this.jdbc.queryForObject("select content from profile_draft where person_id = ?", String.class,
				personId)).isEqualTo(canonical);
		assertThat(as("clerk").getForObject("/api/transfers-in?unitId=" + unitId, JsonNode.class).get("totalElements")
			.asLong()).isGreaterThanOrEqualTo(1);

		// the employee checks the pulled data with the personal account the clerks handed over
		String onboarding = this.runtime.createProcessInstanceQuery().superProcessInstanceId(instance).singleResult()
			.getId();
		Task check = task(onboarding, "Task_EnterProfile");
		assertThat(check.getAssignee()).isEqualTo(PERSONAL_ID);
		String password = temporaryPassword();
		assertThat(post(PERSONAL_ID, password, "/api/onboarding-tasks/" + check.getId() + "/self-entry", null)
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		// the clerk reviews, the head approves
		assertThat(post("clerk", "/api/onboarding-tasks/" + task(onboarding, "Task_ReviewProfile").getId() + "/review",
				Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		EngineJobs.runContinuations(this.management, null);
		assertThat(post("head", "/api/onboarding-tasks/" + task(onboarding, "Task_ApproveProfile").getId()
				+ "/approval", Map.of("approved", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		EngineJobs.runContinuations(this.management, null);

		assertThat(as("clerk").getForObject("/api/transfers-in/" + id, JsonNode.class).get("status").asText())
			.isEqualTo("APPROVED");
		Map<String, Object> version = this.jdbc.queryForMap(
				"select id, kind, content from profile_version where person_id = ?", personId);
		assertThat(version.get("kind")).isEqualTo("TRANSFER");
		assertThat(version.get("content")).isEqualTo(canonical);
		assertThat(this.jdbc.queryForObject("select status from sync_queue where version_id = ?", String.class,
				version.get("id"))).as("HY Art. 8.4: held for the director's batch").isEqualTo("WAITING_FOR_DIRECTOR");
		// approved: no withdrawal any more
		assertThat(post("clerk", "/api/transfers-in/" + id + "/withdraw", Map.of("reason", "x")).getStatusCode())
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void someoneWhoHadLeftTheProvinceComesBack_theirArchivedRecordIsActiveAgainWithItsVersionsKept() throws Exception {
		// a demo person archived as TRANSFERRED_OUT; the national database holds the version this province sent
		Map<String, Object> left = this.jdbc.queryForMap("select p.id, p.personal_id_number, v.content from person p"
				+ " join profile_version v on v.person_id = p.id where p.record_status = 'TRANSFERRED_OUT'"
				+ " order by v.version_no desc fetch first 1 rows only");
		long personId = ((Number) left.get("id")).longValue();
		String personalId = (String) left.get("personal_id_number");
		byte[] content = ((String) left.get("content")).getBytes(StandardCharsets.UTF_8);
		int versionsBefore = this.jdbc.queryForObject("select count(*) from profile_version where person_id = ?",
				Integer.class, personId);
		NATIONAL.put(personalId, this.json.writeValueAsString(Map.of("receiptId", "NAT-H99-77", "provinceCode", "H99",
				"sendingAgencyCode", "000.00.00.H99", "personalIdNumber", personalId, "versionNo", versionsBefore,
				"kind", "TRANSFER", "contentBase64", Base64.getEncoder().encodeToString(content), "sha256",
				ContentHash.sha256Hex(content), "signatureCmsBase64", Base64.getEncoder().encodeToString(new byte[] { 48 }),
				"signerSubject", "CN=Giám đốc Sở Nội vụ")));
		long unitId = this.accounts.get("clerk").unitId();

		JsonNode started = as("clerk").postForEntity("/api/transfers-in", Map.of("personalIdNumber", personalId,
				"unitId", unitId, "category", "PUBLIC_EMPLOYEE", "fromAgency", "Sở Nội vụ tỉnh Bắc Ninh",
				"decisionNumber", "18/QĐ-UBND", "decisionDate", LocalDate.now().minusDays(4).toString(),
				"dossierHandedOverDate", LocalDate.now().minusDays(1).toString()), JsonNode.class).getBody();
		String instance = started.get("processInstanceId").asText();
		assertThat(post("doha", "/api/transfer-in-tasks/" + task(instance, "Task_PullFromNational").getId() + "/pull",
				null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		EngineJobs.runContinuations(this.management, null);

		JsonNode transfer = as("clerk").getForObject("/api/transfers-in/" + started.get("id").asLong(), JsonNode.class);
		assertThat(transfer.get("status").asText()).as(transfer.toString()).isEqualTo("PULLED");
		assertThat(transfer.get("personId").asLong()).as("the same person, not a second register entry")
			.isEqualTo(personId);
		Map<String, Object> person = this.jdbc.queryForMap(
				"select record_status, archived, unit_id, category from person where id = ?", personId);
		assertThat(person.get("record_status")).isEqualTo("ACTIVE");
		assertThat(person.get("archived")).isEqualTo(Boolean.FALSE);
		assertThat(((Number) person.get("unit_id")).longValue()).isEqualTo(unitId);
		assertThat(person.get("category")).isEqualTo("PUBLIC_EMPLOYEE");
		assertThat(this.jdbc.queryForObject("select count(*) from profile_version where person_id = ?", Integer.class,
				personId)).as("approved versions are kept").isEqualTo(versionsBefore);
		assertThat(this.jdbc.queryForObject("select content from profile_draft where person_id = ?", String.class,
				personId)).isEqualTo(new String(content, StandardCharsets.UTF_8));
	}

	@Test
	void someoneStillActiveInTheProvince_isNotTakenInTwice_dohaSeesWhy() throws Exception {
		// the deputy works in the province: a transfer in of her number is a mistake (a move is the way)
		long personId = this.accounts.get("deputy").personId();
		Map<String, Object> active = this.jdbc.queryForMap("select p.personal_id_number, v.content from person p"
				+ " join profile_version v on v.person_id = p.id where p.id = ? order by v.version_no desc"
				+ " fetch first 1 rows only", personId);
		String personalId = (String) active.get("personal_id_number");
		byte[] content = ((String) active.get("content")).getBytes(StandardCharsets.UTF_8);
		NATIONAL.put(personalId, this.json.writeValueAsString(Map.of("receiptId", "NAT-H99-78", "provinceCode", "H99",
				"sendingAgencyCode", "000.00.00.H99", "personalIdNumber", personalId, "versionNo", 1, "kind",
				"ONBOARDING", "contentBase64", Base64.getEncoder().encodeToString(content), "sha256",
				ContentHash.sha256Hex(content), "signatureCmsBase64", Base64.getEncoder().encodeToString(new byte[] { 48 }),
				"signerSubject", "CN=Giám đốc Sở Nội vụ")));
		long unitId = this.accounts.get("clerk.yte").unitId();
		JsonNode started = as("clerk.yte").postForEntity("/api/transfers-in", Map.of("personalIdNumber", personalId,
				"unitId", unitId, "category", "CIVIL_SERVANT", "fromAgency", "Sở Nội vụ tỉnh Bắc Ninh", "decisionNumber",
				"19/QĐ-UBND", "decisionDate", LocalDate.now().minusDays(4).toString(), "dossierHandedOverDate",
				LocalDate.now().minusDays(1).toString()), JsonNode.class).getBody();
		String instance = started.get("processInstanceId").asText();
		assertThat(post("doha", "/api/transfer-in-tasks/" + task(instance, "Task_PullFromNational").getId() + "/pull",
				null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		EngineJobs.runContinuations(this.management, null);

		Task resolve = task(instance, "Task_ResolveNotFound");
		assertThat(as("doha").getForObject("/api/transfer-in-tasks/" + resolve.getId(), JsonNode.class)
			.get("pullProblem").asText()).contains("đang có hồ sơ hoạt động");
		assertThat(this.jdbc.queryForObject("select unit_id from person where id = ?", Long.class, personId))
			.as("the active record stays where it is").isEqualTo(this.accounts.get("deputy").unitId());
		assertThat(post("doha", "/api/transfer-in-tasks/" + resolve.getId() + "/not-found",
				Map.of("retry", false, "reason", "Đang công tác trong tỉnh")).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
	}

	@Test
	void personUnknownToTheNationalDatabase_dohaCancelsWithAReason() {
		long unitId = this.accounts.get("clerk").unitId();
		JsonNode started = as("clerk").postForEntity("/api/transfers-in", Map.of("personalIdNumber", "001085777902",
				"unitId", unitId, "category", "CIVIL_SERVANT", "fromAgency", "Bộ Y tế", "decisionNumber", "9/QĐ-BYT",
				"decisionDate", LocalDate.now().minusDays(3).toString(), "dossierHandedOverDate",
				LocalDate.now().minusDays(1).toString()), JsonNode.class).getBody();
		String instance = started.get("processInstanceId").asText();
		// DoHA works it in Tasklist
		Tasklist.submit(this.engine, "doha", task(instance, "Task_PullFromNational").getId(), Map.of());
		EngineJobs.runContinuations(this.management, null);

		Task resolve = task(instance, "Task_ResolveNotFound");
		assertThat(as("doha").getForObject("/api/transfer-in-tasks/" + resolve.getId(), JsonNode.class)
			.get("pullProblem").asText()).contains("không có hồ sơ");
		assertThat(post("doha", "/api/transfer-in-tasks/" + resolve.getId() + "/not-found", Map.of("retry", false))
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		Tasklist.submit(this.engine, "doha", resolve.getId(), Map.of("retryPull", true));
		EngineJobs.runContinuations(this.management, null);
		String again = task(instance, "Task_ResolveNotFound").getId();
		assertThat(Tasklist.form(this.engine, "doha", again)).contains("\"cancellationReason\"");
		// a cancellation without its reason is refused in Tasklist as through the API
		assertThatThrownBy(() -> Tasklist.submit(this.engine, "doha", again, Map.of("retryPull", false)))
			.hasRootCauseInstanceOf(DomainException.class);
		Tasklist.submit(this.engine, "doha", again,
				Map.of("retryPull", false, "cancellationReason", "  Bộ Y tế chưa đồng bộ hồ sơ "));
		EngineJobs.runContinuations(this.management, null);

		JsonNode ended = as("clerk").getForObject("/api/transfers-in/" + started.get("id").asLong(), JsonNode.class);
		assertThat(ended.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(ended.get("statusReason").asText()).contains("Bộ Y tế chưa đồng bộ");
	}

	private String temporaryPassword() {
		JsonNode notes = as("clerk").getForObject("/api/notifications", JsonNode.class);
		for (JsonNode note : notes) {
			if ("ACCOUNT_ISSUED".equals(note.get("kind").asText())) {
				return post("clerk", "/api/notifications/" + note.get("id").asLong() + "/read", null).getBody()
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

	private TestRestTemplate as(String user) {
		return this.rest.withBasicAuth(user, "demo");
	}

	private ResponseEntity<JsonNode> post(String user, String path, Object body) {
		return post(user, "demo", path, body);
	}

	private ResponseEntity<JsonNode> post(String user, String password, String path, Object body) {
		return this.rest.withBasicAuth(user, password).postForEntity(path, body == null ? Map.of() : body,
				JsonNode.class);
	}

}

package vn.gov.cbccvc.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The national node on its own (TT06 Art. 9, 11.1b, 12.2-12.4): stores a properly signed version once per key,
 * refuses tampered, foreign-signed or unsigned versions with a reason, and serves the latest version. Run on H2
 * ({@link NationalNodeTest}) and PostgreSQL ({@link NationalNodePostgresIT}).
 */
abstract class NationalNodeContract {

	static final String CLIENT_DONGNAI_PASSWORD = "national.clients.dongnai.password=secret";

	static final String CLIENT_DONGNAI_PROVINCE = "national.clients.dongnai.province-code=H19";

	static final String CLIENT_HUNGYEN_PASSWORD = "national.clients.hungyen.password=other";

	static final String CLIENT_HUNGYEN_PROVINCE = "national.clients.hungyen.province-code=H33";

	static final TestCa PROVINCE = new TestCa("Dong Nai test CA");

	static final TestCa FOREIGN = new TestCa("Unknown CA");

	@DynamicPropertySource
	static void trust(DynamicPropertyRegistry registry) {
		registry.add("national.trusted-certificates[0]", PROVINCE::caPem);
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void properlySignedVersion_isStoredAndServedAsLatest() {
		Map<String, Object> message = message("001085000101", 1, PROVINCE);
		ResponseEntity<JsonNode> answer = send("dongnai", "secret", message);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(answer.getBody().get("receiptId").asText()).startsWith("NR-");

		Map<String, Object> second = message("001085000101", 2, PROVINCE);
		assertThat(send("dongnai", "secret", second).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		// a receiving province pulls the record (TT06 Art. 11.1b)
		JsonNode latest = this.rest.withBasicAuth("hungyen", "other")
			.getForObject("/national/api/people/001085000101/latest", JsonNode.class);
		assertThat(latest.get("versionNo").asInt()).isEqualTo(2);
		assertThat(latest.get("sha256").asText()).isEqualTo(second.get("sha256"));
		assertThat(latest.get("contentBase64").asText()).isEqualTo(second.get("contentBase64"));
		assertThat(latest.get("signatureCmsBase64").asText()).isEqualTo(second.get("signatureCmsBase64"));
		assertThat(latest.get("provinceCode").asText()).isEqualTo("H19");
	}

	@Test
	void resendWithTheSameKeyAndHash_givesTheSameReceiptAndStoresOnce() {
		Map<String, Object> message = message("001085000202", 1, PROVINCE);
		JsonNode first = send("dongnai", "secret", message).getBody();
		ResponseEntity<JsonNode> again = send("dongnai", "secret", message);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody().get("receiptId").asText()).isEqualTo(first.get("receiptId").asText());
		assertThat(count("001085000202")).isEqualTo(1);
	}

	@Test
	void sameKeyWithOtherContent_isAConflict() {
		Map<String, Object> message = message("001085000303", 1, PROVINCE);
		send("dongnai", "secret", message);
		Map<String, Object> other = message("001085000303", 9, PROVINCE);
		other.put("idempotencyKey", message.get("idempotencyKey"));
		ResponseEntity<JsonNode> answer = send("dongnai", "secret", other);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(answer.getBody().get("code").asText()).isEqualTo("national.key-reused");
		assertThat(count("001085000303")).isEqualTo(1);
	}

	@Test
	void tamperedContent_isRefusedWith422AndAReason() {
		Map<String, Object> message = message("001085000404", 1, PROVINCE);
		// content altered after signing, hash recomputed to match: only the signature can tell
		byte[] altered = cv("001085000404", 1).replace("Nguyễn", "Trần").getBytes(StandardCharsets.UTF_8);
		String sha = SignedVersionVerifier.sha256Hex(altered);
		message.put("contentBase64", Base64.getEncoder().encodeToString(altered));
		message.put("sha256", sha);
		message.put("idempotencyKey", "H19:1:" + sha);
		ResponseEntity<JsonNode> answer = send("dongnai", "secret", message);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getBody().get("code").asText()).isEqualTo("national.signature-invalid");
		assertThat(answer.getBody().get("reasonVi").asText()).contains("Chữ ký số không khớp");
		assertThat(answer.getBody().get("reasonEn").asText()).contains("does not match");
		assertThat(count("001085000404")).isZero();
	}

	@Test
	void hashNotMatchingTheContent_isRefusedWith422() {
		Map<String, Object> message = message("001085000505", 1, PROVINCE);
		message.put("contentBase64", Base64.getEncoder()
			.encodeToString(cv("001085000505", 2).getBytes(StandardCharsets.UTF_8)));
		ResponseEntity<JsonNode> answer = send("dongnai", "secret", message);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getBody().get("code").asText()).isEqualTo("national.hash-mismatch");
	}

	@Test
	void keyNotEndingWithTheContentHash_isRefused() {
		Map<String, Object> message = message("001085001111", 1, PROVINCE);
		message.put("idempotencyKey", "H19:5:" + "0".repeat(64));
		ResponseEntity<JsonNode> answer = send("dongnai", "secret", message);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody().get("code").asText()).isEqualTo("national.key-hash");
	}

	@Test
	void signatureOfAForeignCa_isRefusedAsUntrusted() {
		ResponseEntity<JsonNode> answer = send("dongnai", "secret", message("001085000606", 1, FOREIGN));
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getBody().get("code").asText()).isEqualTo("national.untrusted-certificate");
		assertThat(count("001085000606")).isZero();
	}

	@Test
	void versionWithoutSignature_isRefusedAsUnsigned() {
		Map<String, Object> message = message("001085000707", 1, PROVINCE);
		message.remove("signatureCmsBase64");
		ResponseEntity<JsonNode> answer = send("dongnai", "secret", message);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getBody().get("code").asText()).isEqualTo("national.unsigned");
	}

	@Test
	void batchSignedVersion_verifiesThroughTheManifest_andAnUnlistedOneIsRefused() {
		byte[] content = cv("001085000808", 1).getBytes(StandardCharsets.UTF_8);
		String sha = SignedVersionVerifier.sha256Hex(content);
		byte[] manifest = ("{\"batchId\":\"B1\",\"entries\":[{\"sha256\":\"" + sha
				+ "\",\"subjectId\":\"77\",\"subjectType\":\"PROFILE_VERSION\"}],\"format\":\"cbccvc-batch-manifest/1\","
				+ "\"purpose\":\"SYNC_BATCH\"}").getBytes(StandardCharsets.UTF_8);
		Map<String, Object> message = message("001085000808", 1, PROVINCE);
		message.put("signatureCmsBase64", Base64.getEncoder().encodeToString(PROVINCE.sign(manifest)));
		message.put("manifestBase64", Base64.getEncoder().encodeToString(manifest));
		message.put("manifestEntry", Map.of("subjectType", "PROFILE_VERSION", "subjectId", "77", "sha256", sha));
		assertThat(send("dongnai", "secret", message).getStatusCode()).isEqualTo(HttpStatus.CREATED);

		Map<String, Object> unlisted = message("001085000909", 1, PROVINCE);
		unlisted.put("signatureCmsBase64", message.get("signatureCmsBase64"));
		unlisted.put("manifestBase64", message.get("manifestBase64"));
		unlisted.put("manifestEntry", Map.of("subjectType", "PROFILE_VERSION", "subjectId", "78",
				"sha256", unlisted.get("sha256")));
		ResponseEntity<JsonNode> answer = send("dongnai", "secret", unlisted);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getBody().get("code").asText()).isEqualTo("national.not-in-manifest");
	}

	@Test
	void clientSendingForAnotherProvince_isForbidden_andWrongPasswordUnauthorized() {
		assertThat(send("hungyen", "other", message("001085001010", 1, PROVINCE)).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(send("dongnai", "wrong", message("001085001010", 1, PROVINCE)).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(count("001085001010")).isZero();
	}

	private ResponseEntity<JsonNode> send(String client, String password, Map<String, Object> message) {
		return this.rest.withBasicAuth(client, password).postForEntity("/national/api/versions", message, JsonNode.class);
	}

	private int count(String personalId) {
		return this.jdbc.queryForObject("select count(*) from national_version where personal_id_number = ?",
				Integer.class, personalId);
	}

	static String cv(String personalId, int versionNo) {
		return "{\"identity\":{\"birthName\":\"Nguyễn Văn An\",\"personalIdNumber\":\"" + personalId
				+ "\"},\"schemaVersion\":1,\"v\":" + versionNo + "}";
	}

	static Map<String, Object> message(String personalId, int versionNo, TestCa ca) {
		byte[] content = cv(personalId, versionNo).getBytes(StandardCharsets.UTF_8);
		String sha = SignedVersionVerifier.sha256Hex(content);
		Map<String, Object> m = new HashMap<>();
		m.put("idempotencyKey", "H19:" + personalId.substring(6) + versionNo + ":" + sha);
		m.put("provinceCode", "H19");
		m.put("sendingAgencyCode", "000.00.00.H19");
		m.put("personalIdNumber", personalId);
		m.put("versionNo", versionNo);
		m.put("kind", "ONBOARDING");
		m.put("contentBase64", Base64.getEncoder().encodeToString(content));
		m.put("sha256", sha);
		m.put("signatureCmsBase64", Base64.getEncoder().encodeToString(ca.sign(content)));
		return m;
	}

}

package vn.gov.cbccvc.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.CanonicalJson;
import vn.gov.cbccvc.profile.SampleCv;
import vn.gov.cbccvc.profile.cv.Sex;

/**
 * A person's record crosses provinces through the national database (TT06 Art. 11.1b, 12.2-12.4): in Hưng Yên
 * (rule set HY) the person is onboarded through the REST API — recruitment, account, self-entry, review, the head's
 * signed approval (HY Art. 10.1-10.4) — and the signed version reaches the national node, which holds it with a
 * signature that verifies against Hưng Yên's CA. Then Hồ Chí Minh City (rule set HCM) takes the person in: DoHA
 * pulls the national version, the draft equals it without re-typing, the employee checks it, it is reviewed and
 * approved, and the national node holds the HCM version as the latest.
 * <p>
 * Three nodes, each on its own PostgreSQL database, as Spring applications in this JVM: the engine clock
 * ({@code ClockUtil}) is JVM-wide, and the HY sync batch is signed in the last working days of the month, so the
 * test moves that clock for all nodes at once. Steps of features still being built (the director-signed sync batch
 * under HY, the transfer-in) run only once their endpoint exists: until then the Hưng Yên half is what is proved.
 */
class TwoProvincesTransferIT {

	static final String PERSONAL_ID = "001085660417";

	static final LocalDate BIRTH = LocalDate.of(1985, 3, 14);

	static final String HY_CODE = "H33";

	static final String HCM_CODE = "H79";

	static final String PASSWORD = ProvinceNode.DEMO_PASSWORD;

	/** The HY director's account for the monthly sync batch (HY Art. 8.4): DoHA's admin in the demo data. */
	static final String DIRECTOR = "doha";

	// The transfer-in API the feature is being built to (the lead aligns these once it lands).
	static final String TRANSFERS_IN = "/api/transfers-in";

	static final String TRANSFER_IN_TASKS = "/api/transfer-in-tasks/";

	static final String TASK_EMPLOYEE_CHECK = "Task_EnterProfile";

	static final String TASK_PULL = "Task_PullFromNational";

	static final String NEW_PHONE = "0912345678";

	static final String TASK_REVIEW = "Task_ReviewProfile";

	static final String TASK_APPROVE = "Task_ApproveProfile";

	static final String SYNC_BATCHES = "/api/sync-batches";

	final ObjectMapper json = new ObjectMapper();

	NationalNode national;

	ProvinceNode hungYen;

	ProvinceNode hoChiMinhCity;

	@AfterEach
	void stopNodes() {
		ClockUtil.reset();
		for (AutoCloseable node : new AutoCloseable[] { this.hoChiMinhCity, this.hungYen, this.national }) {
			if (node != null) {
				try {
					node.close();
				}
				catch (Exception ex) {
					// the next node still closes
				}
			}
		}
	}

	@Test
	void onboardedInHungYen_arrivesSignedNationally_thenTransferredIntoHoChiMinhCity_nationalLatestIsTheHcmVersion()
			throws Exception {
		long started = System.nanoTime();
		int nationalPort = Ports.free();
		String nationalUrl = "http://localhost:" + nationalPort;
		this.hungYen = ProvinceNode.start("e2eHungYen", "HY", HY_CODE, "hungyen", nationalUrl);
		this.hoChiMinhCity = ProvinceNode.start("e2eHoChiMinhCity", "HCM", HCM_CODE, "hcm", nationalUrl);
		this.national = NationalNode.start(nationalPort, Duration.ZERO,
				List.of(ProvinceNode.clientOf("hungyen", HY_CODE), ProvinceNode.clientOf("hcm", HCM_CODE)),
				List.of(this.hungYen.demoCa(), this.hoChiMinhCity.demoCa()));
		long nodesUp = System.nanoTime();

		// Hưng Yên: recruitment to signed version, then the national sync
		long hyVersion = onboard(this.hungYen);
		String hySha = versionSha(this.hungYen, hyVersion);
		awaitSynced(this.hungYen, hyVersion);
		JsonNode stored = nationalLatest("hungyen");
		assertThat(stored.get("provinceCode").asText()).isEqualTo(HY_CODE);
		assertThat(stored.get("sha256").asText()).isEqualTo(hySha);
		byte[] content = Base64.getDecoder().decode(stored.get("contentBase64").asText());
		assertThat(NodeDatabase.sha256(content)).isEqualTo(hySha);
		assertSignedByCa(stored, content, this.hungYen.demoCa());
		long hyDone = System.nanoTime();
		System.out.printf("E2E two provinces: 3 nodes up in %d s; HY onboarding signed and synced in %d s%n",
				Duration.ofNanos(nodesUp - started).toSeconds(), Duration.ofNanos(hyDone - nodesUp).toSeconds());

		// Hồ Chí Minh City: the person is transferred in; the record comes from the national node
		transferIntoHoChiMinhCity(new String(content, StandardCharsets.UTF_8));
		System.out.printf("E2E two provinces: transfer-in to HCM, update signed and synced back in %d s; total %d s%n",
				Duration.ofNanos(System.nanoTime() - hyDone).toSeconds(),
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	/** Recruitment → account → self-entry → review → the head's signed approval (HY Art. 10.1-10.4); the version id. */
	private long onboard(ProvinceNode node) throws Exception {
		long unitId = node.bean(AccountService.class).get("clerk").unitId();
		ResponseEntity<JsonNode> started = node.post("clerk", PASSWORD, "/api/onboardings",
				Map.of("personalIdNumber", PERSONAL_ID, "fullName", "Nguyễn Văn Hòa", "sex", "MALE", "birthDate",
						BIRTH.toString(), "unitId", unitId, "category", "CIVIL_SERVANT", "basis", "DECISION",
						"decisionNumber", "301/QĐ-SGDĐT", "decisionDate", LocalDate.now().minusDays(2).toString()));
		assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
		String instance = started.getBody().get("processInstanceId").asText();
		long personId = started.getBody().get("personId").asLong();

		String confirm = node.awaitTask(instance, "Task_ConfirmAccountCreation").getId();
		assertNoContent(node.post("clerk", PASSWORD, "/api/onboarding-tasks/" + confirm + "/account", null));
		String password = temporaryPassword(node);

		String entry = node.awaitTask(instance, "Task_EnterProfile").getId();
		String cv = CanonicalJson.write(SampleCv.full(SampleCv.identity(PERSONAL_ID, Sex.MALE, BIRTH)));
		ResponseEntity<JsonNode> saved = node.put(PERSONAL_ID, password, "/api/people/" + personId + "/profile/draft",
				this.json.readTree(cv));
		assertThat(saved.getStatusCode()).as(String.valueOf(saved.getBody())).isEqualTo(HttpStatus.OK);
		assertNoContent(node.post(PERSONAL_ID, password, "/api/onboarding-tasks/" + entry + "/self-entry", null));

		String review = node.awaitTask(instance, "Task_ReviewProfile").getId();
		assertNoContent(node.post("clerk", PASSWORD, "/api/onboarding-tasks/" + review + "/review",
				Map.of("approved", true)));
		String approval = node.awaitTask(instance, "Task_ApproveProfile").getId();
		assertNoContent(node.post("head", PASSWORD, "/api/onboarding-tasks/" + approval + "/approval",
				Map.of("approved", true)));

		Waits.until("the signed version", Duration.ofSeconds(60), () -> node.jdbc()
			.queryForObject("select count(*) from profile_version where person_id = ?", Integer.class, personId) == 1);
		return node.jdbc().queryForObject("select id from profile_version where person_id = ?", Long.class, personId);
	}

	/** Under HY the director's monthly batch may hold versions (HY Art. 8.4): signs it once that feature exists. */
	private void awaitSynced(ProvinceNode node, long versionId) {
		if (node.hasEndpoint(SYNC_BATCHES)) {
			SyncBatches.signOpenBatches(node, DIRECTOR, PASSWORD, SYNC_BATCHES);
		}
		Waits.until("version " + versionId + " acknowledged nationally", Duration.ofSeconds(60),
				() -> "ACKNOWLEDGED".equals(syncStatus(node, versionId)), () -> String.valueOf(syncStatus(node, versionId)));
	}

	private String syncStatus(ProvinceNode node, long versionId) {
		JsonNode state = node.get("doha", PASSWORD, "/api/sync/versions/" + versionId).getBody();
		return state == null || state.get("status") == null ? null : state.get("status").asText();
	}

	/**
	 * HCM Art. 8.3, TT06 Art. 11.1b-c: the receiving clerk records the paper dossier, DoHA pulls the record from the
	 * national node (nothing typed again, TT06 Art. 4.5), the employee checks it and updates the phone number with
	 * the personal account, the clerk reviews, the head signs; the new version goes back to the national node.
	 */
	private void transferIntoHoChiMinhCity(String nationalContent) throws Exception {
		ProvinceNode node = this.hoChiMinhCity;
		long unitId = node.bean(AccountService.class).get("clerk").unitId();
		ResponseEntity<JsonNode> started = node.post("clerk", PASSWORD, TRANSFERS_IN, Map.of("personalIdNumber",
				PERSONAL_ID, "unitId", unitId, "category", "CIVIL_SERVANT", "fromAgency", "Sở Giáo dục và Đào tạo",
				"fromProvince", "Hưng Yên", "decisionNumber", "512/QĐ-UBND", "decisionDate",
				LocalDate.now().minusDays(6).toString(), "dossierHandedOverDate", LocalDate.now().minusDays(1).toString()));
		assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.CREATED);
		long transferId = started.getBody().get("id").asLong();
		String instance = started.getBody().get("processInstanceId").asText();

		String pull = node.awaitTask(instance, TASK_PULL).getId();
		assertNoContent(node.post(DIRECTOR, PASSWORD, TRANSFER_IN_TASKS + pull + "/pull", null));
		Waits.until("the record pulled from the national node", Duration.ofSeconds(60),
				() -> "PULLED".equals(transferStatus(node, transferId)), () -> transferStatus(node, transferId));
		JsonNode transfer = node.get("clerk", PASSWORD, TRANSFERS_IN + "/" + transferId).getBody();
		long personId = transfer.get("personId").asLong();
		assertThat(transfer.get("sourceSha256").asText()).isEqualTo(CanonicalJson.sha256Hex(nationalContent));

		// nothing re-typed: the draft is the national content
		JsonNode draft = node.get("clerk", PASSWORD, "/api/people/" + personId + "/profile/draft").getBody();
		assertThat(CanonicalJson.write(CanonicalJson.read(draft.get("content").toString()))).isEqualTo(nationalContent);

		String onboarding = node.bean(RuntimeService.class).createProcessInstanceQuery()
			.superProcessInstanceId(instance).singleResult().getId();
		String check = node.awaitTask(onboarding, TASK_EMPLOYEE_CHECK).getId();
		String password = temporaryPassword(node);
		ObjectNode updated = (ObjectNode) draft.get("content").deepCopy();
		((ObjectNode) updated.get("identity")).put("phone", NEW_PHONE);
		ResponseEntity<JsonNode> saved = node.put(PERSONAL_ID, password, "/api/people/" + personId + "/profile/draft",
				updated);
		assertThat(saved.getStatusCode()).as(String.valueOf(saved.getBody())).isEqualTo(HttpStatus.OK);
		assertNoContent(node.post(PERSONAL_ID, password, "/api/onboarding-tasks/" + check + "/self-entry", null));

		String review = node.awaitTask(onboarding, TASK_REVIEW).getId();
		assertNoContent(node.post("clerk", PASSWORD, "/api/onboarding-tasks/" + review + "/review",
				Map.of("approved", true)));
		String approval = node.awaitTask(onboarding, TASK_APPROVE).getId();
		assertNoContent(node.post("head", PASSWORD, "/api/onboarding-tasks/" + approval + "/approval",
				Map.of("approved", true)));

		Waits.until("the HCM version", Duration.ofSeconds(60), () -> node.jdbc()
			.queryForObject("select count(*) from profile_version where person_id = ?", Integer.class, personId) > 0);
		Map<String, Object> version = node.jdbc().queryForMap(
				"select id, kind from profile_version where person_id = ? order by version_no desc fetch first 1 rows only",
				personId);
		long hcmVersion = ((Number) version.get("id")).longValue();
		assertThat(version.get("kind")).isEqualTo("TRANSFER");
		awaitSynced(node, hcmVersion);
		JsonNode latest = nationalLatest("hcm");
		assertThat(latest.get("provinceCode").asText()).isEqualTo(HCM_CODE);
		assertThat(latest.get("sha256").asText()).isEqualTo(versionSha(node, hcmVersion));
		byte[] hcmContent = Base64.getDecoder().decode(latest.get("contentBase64").asText());
		assertThat(CanonicalJson.read(new String(hcmContent, StandardCharsets.UTF_8)).identity().phone())
			.as("the employee's update reached the national node").isEqualTo(NEW_PHONE);
		assertSignedByCa(latest, hcmContent, this.hoChiMinhCity.demoCa());
	}

	private static String transferStatus(ProvinceNode node, long transferId) {
		JsonNode transfer = node.get("clerk", PASSWORD, TRANSFERS_IN + "/" + transferId).getBody();
		return transfer == null ? null : transfer.path("status").asText();
	}

	private JsonNode nationalLatest(String client) {
		ResponseEntity<JsonNode> latest = org.springframework.web.client.RestClient.create(this.national.url())
			.get()
			.uri("/national/api/people/{pid}/latest", PERSONAL_ID)
			.headers(h -> h.setBasicAuth(client, "secret-" + client, StandardCharsets.UTF_8))
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(latest.getStatusCode()).isEqualTo(HttpStatus.OK);
		return latest.getBody();
	}

	private static String versionSha(ProvinceNode node, long versionId) {
		String content = node.jdbc().queryForObject("select content from profile_version where id = ?", String.class,
				versionId);
		return CanonicalJson.sha256Hex(content);
	}

	/** The detached CMS the nation stored verifies over the content (or the batch manifest listing it), by the CA's key. */
	private static void assertSignedByCa(JsonNode stored, byte[] content, X509Certificate ca) throws Exception {
		byte[] signed = stored.hasNonNull("manifestBase64") ? Base64.getDecoder().decode(stored.get("manifestBase64")
			.asText()) : content;
		CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed),
				Base64.getDecoder().decode(stored.get("signatureCmsBase64").asText()));
		SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
		@SuppressWarnings("unchecked")
		X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
			.getMatches(signer.getSID())
			.iterator()
			.next();
		assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).as("signature").isTrue();
		assertThat(certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ca)))
			.as("signer's certificate issued by the province's CA")
			.isTrue();
	}

	private static String temporaryPassword(ProvinceNode node) {
		String[] secret = new String[1];
		Waits.until("the account notification", Duration.ofSeconds(60), () -> {
			JsonNode notes = node.get("clerk", PASSWORD, "/api/notifications").getBody();
			for (JsonNode note : notes == null ? List.<JsonNode>of() : List.of(notes)) {
				for (JsonNode n : note) {
					if ("ACCOUNT_ISSUED".equals(n.path("kind").asText())) {
						secret[0] = node.post("clerk", PASSWORD, "/api/notifications/" + n.get("id").asLong() + "/read",
								null).getBody().get("secret").asText();
						return true;
					}
				}
			}
			return false;
		});
		return secret[0];
	}

	private static void assertNoContent(ResponseEntity<JsonNode> response) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
	}

}

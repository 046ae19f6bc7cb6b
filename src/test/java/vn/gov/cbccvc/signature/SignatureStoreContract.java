package vn.gov.cbccvc.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.cbccvc.common.ValidationException;

/**
 * Storing and verifying signatures through the database and the REST API; run on H2
 * ({@link SignatureStoreTest}) and on real PostgreSQL ({@link SignatureStoreIT}).
 */
abstract class SignatureStoreContract {

	private static final String API_USER = "sig.auditor";

	private static final String API_PASSWORD = "s3cret-test";

	@Autowired
	SignatureService signatures;

	@Autowired
	KeyProvisioning keys;

	@Autowired
	StoredSignatureRepository repository;

	@Autowired
	TestDocuments.Resolver documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	TestRestTemplate rest;

	@BeforeEach
	void apiUser() {
		if (this.identityService.createUserQuery().userId(API_USER).count() == 0) {
			User user = this.identityService.newUser(API_USER);
			user.setPassword(API_PASSWORD);
			this.identityService.saveUser(user);
		}
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static byte[] version(String id) {
		return ("{\"fullName\":\"Trần Thị Bình\",\"personId\":\"" + id + "\",\"version\":1}")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void signedVersion_verifiesAsValid_withTheSignersNameFromTheIdentityStore() {
		String head = unique("head");
		User user = this.identityService.newUser(head);
		user.setFirstName("Nguyễn Văn");
		user.setLastName("Trưởng");
		this.identityService.saveUser(user);
		byte[] content = version("v1");

		long id = this.signatures.sign("PROFILE_VERSION", "v1", SignaturePurpose.APPROVAL, head, content);

		VerificationResult result = this.signatures.verify(id, content);
		assertThat(result.valid()).isTrue();
		assertThat(result.signer()).isEqualTo("Nguyễn Văn Trưởng");
		assertThat(result.signerUsername()).isEqualTo(head);
		assertThat(result.hash()).isEqualTo(ContentHash.sha256Hex(content));
		assertThat(result.certificateSerial()).isEqualTo(CmsVerifier.serialHex(this.keys.certificateOf(head).orElseThrow()));
		assertThat(this.signatures.get(id).purpose()).isEqualTo(SignaturePurpose.APPROVAL);
	}

	@Test
	void storedVersionWithOneByteChanged_isInvalidWithDigestReason() {
		byte[] content = version("v2");
		long id = this.signatures.sign("PROFILE_VERSION", "v2", SignaturePurpose.COMPLETION, unique("emp"), content);
		content[10] ^= 0x20;

		VerificationResult result = this.signatures.verify(id, content);

		assertThat(result.valid()).isFalse();
		assertThat(result.failure()).isEqualTo(VerificationFailure.DIGEST_MISMATCH);
		assertThat(result.reasonVi()).contains("băm");
		assertThat(result.reason()).contains("digest");
	}

	@Test
	void ensureKeyFor_secondCallReturnsTheSameCertificate_issuedByTheDemoCa() throws Exception {
		String clerk = unique("clerk");
		X509Certificate first = this.keys.ensureKeyFor(clerk, "Lê Thị Rà Soát");
		X509Certificate second = this.keys.ensureKeyFor(clerk, "Another Name");

		assertThat(second).isEqualTo(first);
		assertThat(first.getSubjectX500Principal().getName()).contains("Lê Thị Rà Soát").contains(clerk);
		first.verify(this.keys.demoCaCertificate().getPublicKey());
		assertThat(this.jdbc.queryForObject("select count(*) from signing_key where owner_username = ?", Long.class,
				clerk)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from signing_key where kind = 'CA'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void concurrentFirstKeyRequests_convergeOnOneKey() throws Exception {
		String director = unique("director");
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Future<X509Certificate>> results = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				Callable<X509Certificate> task = () -> this.keys.ensureKeyFor(director, "Giám Đốc Sở");
				results.add(pool.submit(task));
			}
			X509Certificate first = results.get(0).get();
			for (Future<X509Certificate> result : results) {
				assertThat(result.get()).isEqualTo(first);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from signing_key where owner_username = ?", Long.class,
				director)).isEqualTo(1);
	}

	@Test
	void signatureByKeyCertifiedByAnotherCa_isInvalidAsUntrusted() {
		TestPki other = new TestPki("EC", "Rogue CA");
		Pkcs12Codec.KeyAndChain rogue = other.user("head.x", "Kẻ Giả Mạo");
		byte[] content = version("v3");
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		SignatureResult forged = new SignatureResult(
				CadesBes.sign(rogue.privateKey(), rogue.chain(), content, now, SignaturePurpose.APPROVAL),
				rogue.chain().get(0), now, "SHA256withECDSA");
		long id = this.repository.saveAndFlush(new StoredSignature("PROFILE_VERSION", "v3", SignaturePurpose.APPROVAL,
				ContentHash.sha256Hex(content), "head.x", forged, now)).getId();

		VerificationResult result = this.signatures.verify(id, content);

		assertThat(result.valid()).isFalse();
		assertThat(result.failure()).isEqualTo(VerificationFailure.UNTRUSTED_CERTIFICATE);
	}

	@Test
	void everyEntryOfASignedBatchVerifies_andAChangedEntryFails() {
		Map<String, byte[]> versions = Map.of("b1", version("b1"), "b2", version("b2"), "b3", version("b3"));
		List<BatchEntry> entries = versions.entrySet()
			.stream()
			.map(e -> new BatchEntry("PROFILE_VERSION", e.getKey(), ContentHash.sha256Hex(e.getValue())))
			.toList();
		long batch = this.signatures.signBatch(unique("2025-06-unit-12"), SignaturePurpose.SYNC_BATCH,
				unique("director"), entries);

		versions.forEach((id, bytes) -> assertThat(
				this.signatures.verifyBatchEntry(batch, "PROFILE_VERSION", id, bytes).valid()).as(id).isTrue());
		assertThat(this.signatures.verifyCurrent(batch).valid()).isTrue();

		byte[] changed = versions.get("b2").clone();
		changed[changed.length - 2] ^= 0x01;
		assertThat(this.signatures.verifyBatchEntry(batch, "PROFILE_VERSION", "b2", changed).failure())
			.isEqualTo(VerificationFailure.DIGEST_MISMATCH);
		assertThat(this.signatures.verifyBatchEntry(batch, "PROFILE_VERSION", "b9", version("b9")).failure())
			.isEqualTo(VerificationFailure.NOT_IN_BATCH);
	}

	@Test
	void batchEntryAlteredInTheDatabase_failsTheWholeBatch() {
		byte[] a = version("t1");
		byte[] b = version("t2");
		long batch = this.signatures.signBatch(unique("2025-07"), SignaturePurpose.APPROVAL, unique("head"),
				List.of(new BatchEntry("PROFILE_VERSION", "t2", ContentHash.sha256Hex(b)),
						new BatchEntry("PROFILE_VERSION", "t1", ContentHash.sha256Hex(a))));
		byte[] forgedB = version("t2-forged");
		// Someone swaps the listed hash for a forged version's hash directly in the database.
		this.jdbc.update("update signature_batch_entry set content_sha256 = ? where signature_id = ? and subject_id = ?",
				ContentHash.sha256Hex(forgedB), batch, "t2");

		assertThat(this.signatures.verifyBatchEntry(batch, "PROFILE_VERSION", "t2", forgedB).failure())
			.isEqualTo(VerificationFailure.DIGEST_MISMATCH);
		assertThat(this.signatures.verifyBatchEntry(batch, "PROFILE_VERSION", "t1", a).valid()).isFalse();
		assertThat(this.signatures.verifyCurrent(batch).failure()).isEqualTo(VerificationFailure.DIGEST_MISMATCH);
	}

	@Test
	void signaturesOfASubject_includeBatchesListingIt_newestFirst() {
		String versionId = unique("v");
		byte[] content = version(versionId);
		long direct = this.signatures.sign("PROFILE_VERSION", versionId, SignaturePurpose.VERIFICATION,
				unique("clerk"), content);
		long batch = this.signatures.signBatch(unique("2025-08"), SignaturePurpose.APPROVAL, unique("head"),
				List.of(new BatchEntry("PROFILE_VERSION", versionId, ContentHash.sha256Hex(content))));
		this.signatures.sign("PROFILE_VERSION", unique("other"), SignaturePurpose.APPROVAL, unique("head"), content);

		List<Long> ids = this.signatures.findForSubject("PROFILE_VERSION", versionId, PageRequest.of(0, 10))
			.map(SignatureRecord::id)
			.getContent();

		assertThat(ids).containsExactlyInAnyOrder(direct, batch);
	}

	@Test
	void badInput_isRejectedWithReasons_andNothingIsStored() {
		long before = this.jdbc.queryForObject("select count(*) from signature", Long.class);
		assertThatThrownBy(() -> this.signatures.sign("profile version", "", null, "head", new byte[0]))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.getViolations()).extracting(v -> v.field())
						.contains("subjectType", "subjectId", "purpose", "content"));
		assertThatThrownBy(() -> this.signatures.signBatch("b", SignaturePurpose.APPROVAL, "head",
				List.of(new BatchEntry("PROFILE_VERSION", "1", "not-a-hash"),
						new BatchEntry("PROFILE_VERSION", "1", "0".repeat(64)))))
			.isInstanceOf(ValidationException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from signature", Long.class)).isEqualTo(before);
	}

	@Test
	void restVerify_answersValid_thenInvalidOnceTheStoredDocumentChanges() {
		String docId = unique("doc");
		byte[] content = version(docId);
		this.documents.documents.put(docId, content);
		String head = unique("head");
		long id = this.signatures.sign(TestDocuments.TYPE, docId, SignaturePurpose.APPROVAL, head, content);

		ResponseEntity<Map> valid = api().postForEntity("/api/signatures/{id}/verify", null, Map.class, id);
		assertThat(valid.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(valid.getBody()).containsEntry("valid", true)
			.containsEntry("signer", head)
			.containsEntry("hash", ContentHash.sha256Hex(content))
			.containsKey("signedAt")
			.doesNotContainKey("reason");

		byte[] changed = content.clone();
		changed[changed.length - 3] = (byte) '9';
		this.documents.documents.put(docId, changed);
		ResponseEntity<Map> invalid = api().postForEntity("/api/signatures/{id}/verify", null, Map.class, id);
		assertThat(invalid.getBody()).containsEntry("valid", false)
			.containsEntry("code", "DIGEST_MISMATCH")
			.containsKeys("reason", "reasonVi")
			.doesNotContainKey("signer");

		this.documents.documents.remove(docId);
		assertThat(api().postForEntity("/api/signatures/{id}/verify", null, Map.class, id).getBody())
			.containsEntry("code", "CONTENT_UNAVAILABLE");
	}

	@Test
	void restRead_givesSignatureCertificateAndProblems() {
		String docId = unique("doc");
		String head = unique("head");
		long id = this.signatures.sign(TestDocuments.TYPE, docId, SignaturePurpose.APPROVAL, head, version(docId));

		ResponseEntity<Map> one = api().getForEntity("/api/signatures/{id}", Map.class, id);
		assertThat(one.getBody()).containsEntry("subjectId", docId).containsEntry("signerUsername", head);
		assertThat((String) one.getBody().get("cmsBase64")).isNotBlank();

		ResponseEntity<Map> list = api().getForEntity("/api/signatures?subjectType={t}&subjectId={i}", Map.class,
				TestDocuments.TYPE, docId);
		assertThat(list.getBody()).containsEntry("totalElements", 1);

		ResponseEntity<String> pem = api().getForEntity("/api/signatures/certificates/{u}", String.class, head);
		assertThat(pem.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Pem.decode(pem.getBody())).isEqualTo(this.keys.certificateOf(head).orElseThrow());

		assertThat(api().getForEntity("/api/signatures/certificates/nobody-here", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(api().getForEntity("/api/signatures/{id}", Map.class, Long.MAX_VALUE).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		long unresolvable = this.signatures.sign("NO_RESOLVER", "1", SignaturePurpose.EXPORT, head, version("x"));
		ResponseEntity<Map> conflict = api().postForEntity("/api/signatures/{id}/verify", null, Map.class,
				unresolvable);
		assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(conflict.getBody()).containsEntry("code", "signature.no-content-resolver");
		assertThat(this.rest.getForEntity("/api/signatures/{id}", Map.class, id).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void storedSigningAndVerification_areFast() {
		String head = unique("head");
		this.keys.ensureKeyFor(head, "Người Ký");
		byte[] content = version("perf");
		long cold = System.nanoTime();
		this.signatures.sign("PROFILE_VERSION", "cold", SignaturePurpose.APPROVAL, head, content);
		double coldMs = (System.nanoTime() - cold) / 1e6;
		for (int i = 0; i < 5; i++) {
			this.signatures.verify(this.signatures.sign("PROFILE_VERSION", "warm", SignaturePurpose.APPROVAL, head,
					content), content);
		}
		int rounds = 20;
		long[] ids = new long[rounds];
		long t0 = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			ids[i] = this.signatures.sign("PROFILE_VERSION", "perf-" + i, SignaturePurpose.APPROVAL, head, content);
		}
		long t1 = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			assertThat(this.signatures.verify(ids[i], content).valid()).isTrue();
		}
		long t2 = System.nanoTime();
		double signMs = (t1 - t0) / 1e6 / rounds;
		double verifyMs = (t2 - t1) / 1e6 / rounds;
		System.out.printf("[timing] %s: first signature (opens the keystore) %.1f ms; then sign+store %.1f ms,"
				+ " load+verify %.1f ms per signature%n", getClass().getSimpleName(), coldMs, signMs, verifyMs);
		assertThat(signMs).isLessThan(250);
		assertThat(verifyMs).isLessThan(250);
	}

	private TestRestTemplate api() {
		return this.rest.withBasicAuth(API_USER, API_PASSWORD);
	}

}

package vn.gov.cbccvc.signature;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.common.ValidationException;

/**
 * Signs subjects (approved profile versions, batch manifests) through the configured {@link Signer}, stores every
 * signature append-only, and verifies a stored signature against the subject's bytes as they are now
 * (TT06 Art. 8.4, 9, 12.3; HCM Art. 7.2, 7.2a/b; HY Art. 8.4).
 */
@Service
public class SignatureService {

	/** The subject type of a batch signature; its subject id is the caller's batch id. */
	public static final String BATCH_MANIFEST = "BATCH_MANIFEST";

	static final int MAX_BATCH_ENTRIES = 100_000;

	private static final Pattern SUBJECT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private final Signer signer;

	private final StoredSignatureRepository signatures;

	private final BatchEntries batchEntries;

	private final List<TrustAnchors> trustAnchors;

	private final SignedContentResolvers resolvers;

	private final Clock clock;

	@Autowired
	SignatureService(Signer signer, StoredSignatureRepository signatures, BatchEntries batchEntries,
			List<TrustAnchors> trustAnchors, SignedContentResolvers resolvers) {
		this(signer, signatures, batchEntries, trustAnchors, resolvers, Clock.systemUTC());
	}

	SignatureService(Signer signer, StoredSignatureRepository signatures, BatchEntries batchEntries,
			List<TrustAnchors> trustAnchors, SignedContentResolvers resolvers, Clock clock) {
		this.signer = signer;
		this.signatures = signatures;
		this.batchEntries = batchEntries;
		this.trustAnchors = trustAnchors;
		this.resolvers = resolvers;
		this.clock = clock;
	}

	/**
	 * Signs the subject's bytes in the signer's name and stores the detached signature.
	 *
	 * @return the id of the stored signature
	 */
	@Transactional
	public long sign(String subjectType, String subjectId, SignaturePurpose purpose, String signerUsername,
			byte[] content) {
		List<FieldViolation> violations = new ArrayList<>();
		checkSubject(subjectType, subjectId, violations, "");
		checkCommon(purpose, signerUsername, violations);
		if (content == null || content.length == 0) {
			violations.add(new FieldViolation("content", "signature.content-empty", "Nội dung cần ký đang trống",
					"The content to sign is empty"));
		}
		if (BATCH_MANIFEST.equals(subjectType)) {
			violations.add(new FieldViolation("subjectType", "signature.batch-reserved",
					"Lô hồ sơ phải được ký bằng chức năng ký theo lô", "Batches are signed with signBatch"));
		}
		ValidationException.throwIfAny(violations);
		return store(subjectType, subjectId, purpose, signerUsername, content).getId();
	}

	/**
	 * Signs one manifest listing many subjects and their SHA-256 hashes (a monthly approval, a sync batch), so one
	 * signature covers them all and each can be verified later with {@link #verifyBatchEntry}.
	 *
	 * @return the id of the stored batch signature
	 */
	@Transactional
	public long signBatch(String batchId, SignaturePurpose purpose, String signerUsername,
			Collection<BatchEntry> entries) {
		List<FieldViolation> violations = new ArrayList<>();
		checkSubject(BATCH_MANIFEST, batchId, violations, "");
		checkCommon(purpose, signerUsername, violations);
		if (entries == null || entries.isEmpty() || entries.size() > MAX_BATCH_ENTRIES) {
			violations.add(new FieldViolation("entries", "signature.batch-size",
					"Lô ký phải có từ 1 đến " + MAX_BATCH_ENTRIES + " mục",
					"A batch must list 1 to " + MAX_BATCH_ENTRIES + " entries"));
		}
		else {
			checkEntries(entries, violations);
		}
		ValidationException.throwIfAny(violations);
		List<BatchEntry> ordered = BatchManifest.canonicalOrder(entries);
		StoredSignature stored = store(BATCH_MANIFEST, batchId, purpose, signerUsername,
				BatchManifest.canonicalJson(batchId, purpose, ordered));
		this.batchEntries.insert(stored.getId(), ordered);
		return stored.getId();
	}

	/** Checks the stored signature against the given bytes: invalid once a single byte differs. */
	@Transactional(readOnly = true)
	public VerificationResult verify(long signatureId, byte[] currentContent) {
		return check(load(signatureId), currentContent);
	}

	/** Checks the stored signature against the subject's bytes as its {@link SignedContentResolver} gives them. */
	@Transactional(readOnly = true)
	public VerificationResult verifyCurrent(long signatureId) {
		StoredSignature signature = load(signatureId);
		byte[] content = BATCH_MANIFEST.equals(signature.getSubjectType()) ? manifestOf(signature)
				: currentContent(signature.getSubjectType(), signature.getSubjectId());
		return check(signature, content);
	}

	/**
	 * Checks one subject of a batch: the batch signature must verify over its manifest, the subject must be listed,
	 * and the given bytes must have the SHA-256 the manifest lists.
	 */
	@Transactional(readOnly = true)
	public VerificationResult verifyBatchEntry(long signatureId, String subjectType, String subjectId,
			byte[] currentContent) {
		StoredSignature signature = loadBatch(signatureId);
		BatchEntry entry = this.batchEntries.find(signatureId, subjectType, subjectId).orElse(null);
		if (entry == null) {
			return VerificationResult.invalid(VerificationFailure.NOT_IN_BATCH, signature.getSignerUsername(), null);
		}
		VerificationResult batch = check(signature, manifestOf(signature));
		if (!batch.valid()) {
			return batch;
		}
		if (currentContent == null) {
			return VerificationResult.invalid(VerificationFailure.CONTENT_UNAVAILABLE, signature.getSignerUsername(),
					entry.sha256());
		}
		if (!ContentHash.sha256Hex(currentContent).equals(entry.sha256())) {
			return VerificationResult.invalid(VerificationFailure.DIGEST_MISMATCH, signature.getSignerUsername(),
					entry.sha256());
		}
		return VerificationResult.valid(batch.signer(), batch.signerUsername(), batch.certificateSerial(),
				batch.signedAt(), entry.sha256());
	}

	/** {@link #verifyBatchEntry} with the subject's bytes from its {@link SignedContentResolver}. */
	@Transactional(readOnly = true)
	public VerificationResult verifyCurrentBatchEntry(long signatureId, String subjectType, String subjectId) {
		return verifyBatchEntry(signatureId, subjectType, subjectId, currentContent(subjectType, subjectId));
	}

	@Transactional(readOnly = true)
	public SignatureRecord get(long signatureId) {
		return load(signatureId).toRecord();
	}

	/** The detached CMS (DER) as stored, for verifiers outside the product. */
	@Transactional(readOnly = true)
	public byte[] cms(long signatureId) {
		return load(signatureId).getCms();
	}

	/** The exact manifest bytes a batch signature signed (rebuilt from the stored entries). */
	@Transactional(readOnly = true)
	public byte[] manifest(long signatureId) {
		StoredSignature signature = loadBatch(signatureId);
		return manifestOf(signature);
	}

	/** Signatures on the subject itself and batch signatures listing it, newest first. */
	@Transactional(readOnly = true)
	public Page<SignatureRecord> findForSubject(String subjectType, String subjectId, Pageable pageable) {
		List<FieldViolation> violations = new ArrayList<>();
		checkSubject(subjectType, subjectId, violations, "");
		ValidationException.throwIfAny(violations);
		// The query fixes its own order; a client's sort parameter would clash with it.
		Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		return this.signatures.findCovering(subjectType, subjectId, unsorted).map(StoredSignature::toRecord);
	}

	private StoredSignature store(String subjectType, String subjectId, SignaturePurpose purpose,
			String signerUsername, byte[] content) {
		SignatureResult result = this.signer.sign(signerUsername, content, purpose);
		return this.signatures.saveAndFlush(new StoredSignature(subjectType, subjectId, purpose,
				ContentHash.sha256Hex(content), signerUsername, result, this.clock.instant()));
	}

	private VerificationResult check(StoredSignature signature, byte[] content) {
		if (content == null) {
			return VerificationResult.invalid(VerificationFailure.CONTENT_UNAVAILABLE, signature.getSignerUsername(),
					signature.getContentSha256());
		}
		CmsVerifier.Outcome outcome = CmsVerifier.verify(signature.getCms(), content, trustedRoots());
		if (!outcome.valid()) {
			return VerificationResult.invalid(outcome.failure(), signature.getSignerUsername(),
					signature.getContentSha256());
		}
		// The row's own facts must be those the signature proves, or the listing would mislead.
		if (!outcome.serialHex().equals(signature.getCertificateSerial())
				|| !outcome.signingTime().equals(signature.getSigningTime())
				|| !ContentHash.sha256Hex(content).equals(signature.getContentSha256())) {
			return VerificationResult.invalid(VerificationFailure.RECORD_MISMATCH, signature.getSignerUsername(),
					signature.getContentSha256());
		}
		return VerificationResult.valid(outcome.signerName(), signature.getSignerUsername(), outcome.serialHex(),
				outcome.signingTime(), signature.getContentSha256());
	}

	private Set<X509Certificate> trustedRoots() {
		Set<X509Certificate> roots = new HashSet<>();
		this.trustAnchors.forEach(anchors -> roots.addAll(anchors.trustedCertificates()));
		return roots;
	}

	private byte[] manifestOf(StoredSignature signature) {
		return BatchManifest.canonicalJson(signature.getSubjectId(), signature.getPurpose(),
				this.batchEntries.of(signature.getId()));
	}

	private byte[] currentContent(String subjectType, String subjectId) {
		SignedContentResolver resolver = this.resolvers.forType(subjectType)
			.orElseThrow(() -> DomainException.conflict("signature.no-content-resolver",
					"Chưa có cách lấy nội dung hiện tại của loại đối tượng " + subjectType,
					"No resolver provides the current content of subject type " + subjectType));
		return resolver.currentContent(subjectId).orElse(null);
	}

	private StoredSignature load(long signatureId) {
		return this.signatures.findById(signatureId)
			.orElseThrow(() -> new NotFoundException("chữ ký số / signature", signatureId));
	}

	private StoredSignature loadBatch(long signatureId) {
		StoredSignature signature = load(signatureId);
		if (!BATCH_MANIFEST.equals(signature.getSubjectType())) {
			throw DomainException.invalid("signature.not-a-batch", "Chữ ký " + signatureId + " không phải chữ ký theo lô",
					"Signature " + signatureId + " is not a batch signature");
		}
		return signature;
	}

	private static void checkSubject(String subjectType, String subjectId, List<FieldViolation> violations,
			String prefix) {
		if (subjectType == null || !SUBJECT_TYPE.matcher(subjectType).matches()) {
			violations.add(new FieldViolation(prefix + "subjectType", "signature.subject-type",
					"Loại đối tượng phải gồm chữ hoa, số, gạch dưới (tối đa 40 ký tự)",
					"The subject type must be upper-case letters, digits and underscores (at most 40)"));
		}
		if (subjectId == null || subjectId.isBlank() || subjectId.length() > 100) {
			violations.add(new FieldViolation(prefix + "subjectId", "signature.subject-id",
					"Mã đối tượng không được trống và tối đa 100 ký tự", "The subject id must be 1 to 100 characters"));
		}
	}

	private static void checkCommon(SignaturePurpose purpose, String signerUsername, List<FieldViolation> violations) {
		if (purpose == null) {
			violations.add(new FieldViolation("purpose", "signature.purpose", "Chưa nêu mục đích ký",
					"The purpose of the signature is missing"));
		}
		if (signerUsername == null || signerUsername.isBlank() || signerUsername.length() > 100) {
			violations.add(new FieldViolation("signerUsername", "signature.signer", "Chưa nêu người ký",
					"The signer is missing"));
		}
	}

	private static void checkEntries(Collection<BatchEntry> entries, List<FieldViolation> violations) {
		Set<String> seen = new HashSet<>();
		int i = 0;
		for (BatchEntry entry : entries) {
			String prefix = "entries[" + i++ + "].";
			if (entry == null) {
				violations.add(new FieldViolation(prefix, "signature.entry-missing", "Mục trống", "Empty entry"));
				continue;
			}
			checkSubject(entry.subjectType(), entry.subjectId(), violations, prefix);
			if (entry.sha256() == null || !SHA256.matcher(entry.sha256()).matches()) {
				violations.add(new FieldViolation(prefix + "sha256", "signature.sha256",
						"Giá trị băm phải là SHA-256 dạng hex chữ thường (64 ký tự)",
						"The hash must be a lower-case hex SHA-256 (64 characters)"));
			}
			if (!seen.add(entry.subjectType() + '\u0000' + entry.subjectId())) {
				violations.add(new FieldViolation(prefix + "subjectId", "signature.entry-duplicate",
						"Đối tượng bị liệt kê hai lần trong lô", "The subject is listed twice in the batch"));
			}
			if (violations.size() > 50) {
				return; // enough to show what is wrong
			}
		}
	}

}

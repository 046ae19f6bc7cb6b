package vn.gov.cbccvc.signature;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.common.NotFoundException;

/** Reading and re-verifying stored signatures; signing itself happens inside the approval and sync processes. */
@RestController
@RequestMapping("/api/signatures")
@Tag(name = "Chữ ký số / Digital signatures", description = "CAdES-BES signatures of profile versions and batches")
class SignatureController {

	static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

	private static final ZoneId ZONE = ZoneId.of(CbccvcApplication.ZONE);

	private final SignatureService signatures;

	private final KeyProvisioning keys;

	private final List<TrustAnchors> trustAnchors;

	SignatureController(SignatureService signatures, KeyProvisioning keys, List<TrustAnchors> trustAnchors) {
		this.signatures = signatures;
		this.keys = keys;
		this.trustAnchors = trustAnchors;
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một chữ ký số / One stored signature (with the detached CMS, base64)")
	SignatureView get(@PathVariable long id) {
		return SignatureView.of(this.signatures.get(id), Base64.getEncoder().encodeToString(this.signatures.cms(id)));
	}

	@GetMapping
	@Operation(summary = "Các chữ ký của một đối tượng / Signatures of a subject, including batches listing it")
	PageView list(@RequestParam String subjectType, @RequestParam String subjectId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		Page<SignatureRecord> found = this.signatures.findForSubject(subjectType, subjectId, request);
		return new PageView(found.map(r -> SignatureView.of(r, null)).getContent(), found.getNumber(), found.getSize(),
				found.getTotalElements(), found.getTotalPages());
	}

	@PostMapping("/{id}/verify")
	@Operation(summary = "Kiểm tra chữ ký với nội dung hiện tại / Verify against the content as stored now",
			description = "For a batch signature, give subjectType and subjectId to verify one listed item.")
	VerificationView verify(@PathVariable long id, @RequestParam(required = false) String subjectType,
			@RequestParam(required = false) String subjectId) {
		VerificationResult result = subjectType == null && subjectId == null ? this.signatures.verifyCurrent(id)
				: this.signatures.verifyCurrentBatchEntry(id, subjectType, subjectId);
		return VerificationView.of(id, result);
	}

	@GetMapping(value = "/{id}/cms", produces = "application/pkcs7-signature")
	@Operation(summary = "Tệp chữ ký CMS tách rời / The detached CMS signature (DER)")
	byte[] cms(@PathVariable long id) {
		return this.signatures.cms(id);
	}

	@GetMapping(value = "/{id}/manifest", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Bản kê đã ký của lô / The exact manifest bytes a batch signature signed")
	byte[] manifest(@PathVariable long id) {
		return this.signatures.manifest(id);
	}

	@GetMapping(value = "/certificates/{username}", produces = "application/x-pem-file")
	@Operation(summary = "Chứng thư số của người ký / A signer's public certificate (PEM)")
	String certificate(@PathVariable String username) {
		return this.keys.certificateOf(username)
			.map(Pem::encode)
			.orElseThrow(() -> new NotFoundException("chứng thư số / certificate of", username));
	}

	@GetMapping(value = "/trust-anchors", produces = "application/x-pem-file")
	@Operation(summary = "Chứng thư gốc tin cậy / Trusted root certificates (PEM)")
	String trustAnchors() {
		return this.trustAnchors.stream()
			.flatMap(anchors -> anchors.trustedCertificates().stream())
			.distinct()
			.map(Pem::encode)
			.collect(Collectors.joining());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record SignatureView(long id, String subjectType, String subjectId, SignaturePurpose purpose, String hash,
			String signerUsername, String certificateSubject, String certificateSerial, OffsetDateTime signedAt,
			String cmsBase64) {

		static SignatureView of(SignatureRecord r, String cmsBase64) {
			return new SignatureView(r.id(), r.subjectType(), r.subjectId(), r.purpose(), r.hash(), r.signerUsername(),
					r.certificateSubject(), r.certificateSerial(), r.signedAt().atZone(ZONE).toOffsetDateTime(),
					cmsBase64);
		}

	}

	record PageView(List<SignatureView> content, int page, int size, long totalElements, int totalPages) {
	}

	/** {@code {"valid": true, "signer", "signedAt", "hash"}} or {@code {"valid": false, "reason", "reasonVi"}}. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record VerificationView(boolean valid, long signatureId, String code, String reason, String reasonVi,
			String signer, String signerUsername, String certificateSerial, OffsetDateTime signedAt, String hash) {

		static VerificationView of(long id, VerificationResult r) {
			if (!r.valid()) {
				return new VerificationView(false, id, r.failure().name(), r.reason(), r.reasonVi(), null, null, null,
						null, null);
			}
			return new VerificationView(true, id, null, null, null, r.signer(), r.signerUsername(),
					r.certificateSerial(), r.signedAt().atZone(ZONE).toOffsetDateTime(), r.hash());
		}

	}

}

package vn.gov.cbccvc.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;
import vn.gov.cbccvc.signature.SignedContentResolver;

/**
 * The head's signatures on a status change (TT06 Art. 8.4, 11.2): the record is frozen as a version of kind
 * {@link VersionKind#STATUS_CHANGE} (the version the national sync carries) and signed like any approved version;
 * a second signature covers the canonical status record, which binds that version's hash to the effective
 * document, the new status and its date. Re-verifiable through {@code POST /api/signatures/{id}/verify}.
 */
@Component
class StatusRecordSigning implements SignedContentResolver {

	static final String SUBJECT_TYPE = "STATUS_CHANGE";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProfileService profiles;

	private final SignatureService signatures;

	private final StatusChangeRepository requests;

	StatusRecordSigning(ProfileService profiles, SignatureService signatures, StatusChangeRepository requests) {
		this.profiles = profiles;
		this.signatures = signatures;
		this.requests = requests;
	}

	/** Idempotent: a retried job signs nothing twice. */
	@Transactional
	public StatusChange approveAndSign(long statusChangeId, String head) {
		StatusChange request = this.requests.findById(statusChangeId).orElseThrow();
		if (request.getSignatureId() != null) {
			return request;
		}
		ProfileVersionInfo version = this.profiles.approveDraft(request.getPersonId(), VersionKind.STATUS_CHANGE, head);
		this.signatures.sign(ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(version.id()),
				SignaturePurpose.APPROVAL, head, this.profiles.canonicalBytes(version.id()));
		long signatureId = this.signatures.sign(SUBJECT_TYPE, String.valueOf(statusChangeId),
				SignaturePurpose.APPROVAL, head, canonical(request, version));
		request.signed(version.id(), signatureId);
		return request;
	}

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	public Optional<byte[]> currentContent(String subjectId) {
		return this.requests.findById(Long.valueOf(subjectId))
			.filter(r -> r.getVersionId() != null)
			.map(r -> canonical(r, this.profiles.versionInfo(r.getVersionId())));
	}

	/** Fixed field order, UTF-8, no whitespace: the same request always gives the same bytes. */
	static byte[] canonical(StatusChange request, ProfileVersionInfo version) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("statusChangeId", request.getId());
		record.put("personId", request.getPersonId());
		record.put("unitId", request.getUnitId());
		record.put("kind", request.getKind().name());
		record.put("recordStatus", request.getKind().recordStatus().name());
		record.put("effectiveDate", request.getEffectiveDate().toString());
		record.put("documentNumber", request.getDocumentNumber());
		record.put("documentDate", request.getDocumentDate() == null ? null : request.getDocumentDate().toString());
		record.put("documentSigner", request.getDocumentSigner());
		record.put("attachmentId", request.getAttachmentId());
		record.put("versionId", version.id());
		record.put("versionNo", version.versionNo());
		record.put("versionSha256", version.contentSha256());
		try {
			return JSON.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

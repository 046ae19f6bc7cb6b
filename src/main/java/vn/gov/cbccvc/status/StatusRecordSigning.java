package vn.gov.cbccvc.status;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * The head's signatures on a status change (TT06 Art. 8.4, 11.2): the record is frozen as a version of kind
 * {@link VersionKind#STATUS_CHANGE} (the version the national sync carries) and signed like any approved version;
 * a second signature covers the canonical status record, which binds that version's hash to the effective
 * document, the new status and its date. Re-verifiable through
 * {@code POST /api/signatures/{id}/verify} ({@link StatusRecordContent}).
 */
@Component
class StatusRecordSigning {

	private final ProfileService profiles;

	private final SignatureService signatures;

	private final StatusChangeRepository requests;

	private final StatusRecordContent records;

	StatusRecordSigning(ProfileService profiles, SignatureService signatures, StatusChangeRepository requests,
			StatusRecordContent records) {
		this.profiles = profiles;
		this.signatures = signatures;
		this.requests = requests;
		this.records = records;
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
		long signatureId = this.signatures.sign(StatusRecordContent.SUBJECT_TYPE, String.valueOf(statusChangeId),
				SignaturePurpose.APPROVAL, head, this.records.canonical(request, version));
		request.signed(version.id(), signatureId);
		return request;
	}

}

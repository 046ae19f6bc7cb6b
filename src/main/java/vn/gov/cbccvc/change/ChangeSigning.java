package vn.gov.cbccvc.change;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.signature.ContentHash;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * The signatures of a change of data: the employee's over the submitted proposal (HCM Art. 7.2c) and the head's
 * over the new immutable version of kind {@link VersionKind#CHANGE} (TT06 Art. 6.3, 8.4; HY Art. 10.5).
 */
@Component
class ChangeSigning {

	private final ProfileService profiles;

	private final SignatureService signatures;

	private final DataChangeRepository requests;

	ChangeSigning(ProfileService profiles, SignatureService signatures, DataChangeRepository requests) {
		this.profiles = profiles;
		this.signatures = signatures;
		this.requests = requests;
	}

	/** Locks the proposal for review (what the reviewer and the head see is what is signed) and, if asked, signs it. */
	@Transactional
	public Long submit(long personId, boolean employeeSigns, String employee) {
		this.profiles.setDraftLocked(personId, true, employee);
		if (!employeeSigns) {
			return null;
		}
		byte[] bytes = this.profiles.draftCanonicalBytes(personId);
		return this.signatures.sign(ProfileService.SNAPSHOT_SUBJECT_TYPE,
				personId + ":" + ContentHash.sha256Hex(bytes), SignaturePurpose.COMPLETION, employee, bytes);
	}

	/** Idempotent: a retried job signs nothing twice. The approved versions before it stay as they were. */
	@Transactional
	public DataChange approveAndSign(long dataChangeId, String head) {
		DataChange request = this.requests.findById(dataChangeId).orElseThrow();
		if (request.getSignatureId() != null) {
			return request;
		}
		ProfileVersionInfo version = this.profiles.approveDraft(request.getPersonId(), VersionKind.CHANGE, head);
		long signatureId = this.signatures.sign(ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(version.id()),
				SignaturePurpose.APPROVAL, head, this.profiles.canonicalBytes(version.id()));
		request.signed(version.id(), signatureId);
		return request;
	}

}

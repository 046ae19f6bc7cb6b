package vn.gov.cbccvc.onboarding;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.VersionKind;
import vn.gov.cbccvc.signature.ContentHash;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * The signatures of onboarding: the employee's completion and the reviewer's verification over the draft (HCM
 * Art. 7.2, 7.2a/b), and the head's approval over the new immutable version (TT06 Art. 7.1, 8.4).
 */
@Component
class ProfileSigning {

	private final ProfileService profiles;

	private final SignatureService signatures;

	ProfileSigning(ProfileService profiles, SignatureService signatures) {
		this.profiles = profiles;
		this.signatures = signatures;
	}

	/** Signs the draft as it is now; returns the signature id. */
	@Transactional
	public long signDraft(long personId, SignaturePurpose purpose, String signer) {
		byte[] bytes = this.profiles.draftCanonicalBytes(personId);
		return this.signatures.sign(ProfileService.SNAPSHOT_SUBJECT_TYPE, personId + ":" + ContentHash.sha256Hex(bytes),
				purpose, signer, bytes);
	}

	/** The hash of the draft as it is now (what a reviewer locked). */
	@Transactional(readOnly = true)
	public String draftHash(long personId) {
		return ContentHash.sha256Hex(this.profiles.draftCanonicalBytes(personId));
	}

	/** Freezes the draft as the next version of {@code kind} (a transfer in: TRANSFER) and signs it for approval. */
	@Transactional
	public SignedVersion approveAndSign(long personId, String approver, VersionKind kind) {
		ProfileVersionInfo version = this.profiles.approveDraft(personId, kind, approver);
		long signatureId = this.signatures.sign(ProfileService.SIGNED_SUBJECT_TYPE, String.valueOf(version.id()),
				SignaturePurpose.APPROVAL, approver, this.profiles.canonicalBytes(version.id()));
		return new SignedVersion(version.id(), signatureId);
	}

	record SignedVersion(long versionId, long signatureId) {
	}

}

package vn.gov.cbccvc.sync;

import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.signature.SignaturePurpose;
import vn.gov.cbccvc.signature.SignatureRecord;
import vn.gov.cbccvc.signature.SignatureService;

/**
 * Builds the message for one signed version: its canonical bytes and hash, and the newest approval signature
 * covering it — the head's own (TT06 Art. 7.1, 8.4) or a batch signed by the DoHA director (HY Art. 8.4, HCM Art.
 * 11.7), sent with its manifest.
 */
@Component
class SyncMessages {

	private static final Set<SignaturePurpose> SYNCABLE = EnumSet.of(SignaturePurpose.APPROVAL,
			SignaturePurpose.SYNC_BATCH);

	private final ProfileService profiles;

	private final PersonService people;

	private final SignatureService signatures;

	private final SyncProperties properties;

	SyncMessages(ProfileService profiles, PersonService people, SignatureService signatures,
			SyncProperties properties) {
		this.profiles = profiles;
		this.people = people;
		this.signatures = signatures;
		this.properties = properties;
	}

	/** @throws UnsignedVersionException when no approval signature covers the version */
	@Transactional(readOnly = true)
	public NationalSubmission build(long versionId) {
		ProfileVersionInfo info = this.profiles.versionInfo(versionId);
		byte[] content = this.profiles.canonicalBytes(versionId);
		String subjectId = String.valueOf(versionId);
		SignatureRecord signature = this.signatures
			.findForSubject(ProfileService.SIGNED_SUBJECT_TYPE, subjectId, PageRequest.of(0, 20))
			.stream()
			.filter(s -> SYNCABLE.contains(s.purpose()))
			.findFirst()
			.orElseThrow(() -> new UnsignedVersionException(versionId));
		Base64.Encoder b64 = Base64.getEncoder();
		String manifest = null;
		NationalSubmission.ManifestEntry entry = null;
		if (SignatureService.BATCH_MANIFEST.equals(signature.subjectType())) {
			manifest = b64.encodeToString(this.signatures.manifest(signature.id()));
			entry = new NationalSubmission.ManifestEntry(ProfileService.SIGNED_SUBJECT_TYPE, subjectId,
					info.contentSha256());
		}
		String personalId = this.people.get(info.personId()).personalIdNumber();
		return new NationalSubmission(
				IdempotencyKey.of(this.properties.provinceCode(), versionId, info.contentSha256()),
				this.properties.provinceCode(), this.properties.agencyCode(), personalId, info.versionNo(),
				info.kind().name(), b64.encodeToString(content), info.contentSha256(),
				b64.encodeToString(this.signatures.cms(signature.id())), manifest, entry);
	}

	/** A local fault no retry repairs: raised at once as an incident. */
	static class UnsignedVersionException extends RuntimeException {

		UnsignedVersionException(long versionId) {
			super("Phiên bản " + versionId + " chưa có chữ ký phê duyệt / version " + versionId
					+ " has no approval signature");
		}

	}

}

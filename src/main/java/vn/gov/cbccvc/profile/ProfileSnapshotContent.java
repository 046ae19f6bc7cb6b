package vn.gov.cbccvc.profile;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.signature.SignedContentResolver;

/**
 * The bytes a completion or verification signature covers (HCM Art. 7.2, 7.2a): the draft as it was signed, found
 * again by its hash in the current draft or in an approved version (the locked draft becomes the version unchanged).
 */
@Component
class ProfileSnapshotContent implements SignedContentResolver {

	private final ProfileDraftRepository drafts;

	private final ProfileVersionRepository versions;

	ProfileSnapshotContent(ProfileDraftRepository drafts, ProfileVersionRepository versions) {
		this.drafts = drafts;
		this.versions = versions;
	}

	@Override
	public String subjectType() {
		return ProfileService.SNAPSHOT_SUBJECT_TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> currentContent(String subjectId) {
		String[] parts = subjectId.split(":", 2);
		if (parts.length != 2) {
			return Optional.empty();
		}
		long personId;
		try {
			personId = Long.parseLong(parts[0]);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		String hash = parts[1];
		Optional<byte[]> draft = this.drafts.findByPersonId(personId)
			.map(d -> CanonicalJson.bytes(d.getContent()))
			.filter(bytes -> Sha256.hex(bytes).equals(hash));
		if (draft.isPresent()) {
			return draft;
		}
		for (int no = 1;; no++) {
			Optional<ProfileVersion> version = this.versions.findByPersonIdAndVersionNo(personId, no);
			if (version.isEmpty()) {
				// not found: the signed content is gone, or was altered
				return this.drafts.findByPersonId(personId).map(d -> CanonicalJson.bytes(d.getContent()));
			}
			if (version.get().getContentSha256().equals(hash)) {
				return Optional.of(CanonicalJson.bytes(version.get().getContent()));
			}
		}
	}

}

package vn.gov.cbccvc.profile;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.signature.SignedContentResolver;

/**
 * The bytes a signature over a profile version covers: its canonical JSON as stored now, so a signature verifies
 * later and stops verifying once a byte of the stored version changes (TT06 Art. 8.4).
 */
@Component
class ProfileVersionContent implements SignedContentResolver {

	private final ProfileVersionRepository versions;

	ProfileVersionContent(ProfileVersionRepository versions) {
		this.versions = versions;
	}

	@Override
	public String subjectType() {
		return ProfileService.SIGNED_SUBJECT_TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> currentContent(String subjectId) {
		try {
			return this.versions.findById(Long.parseLong(subjectId)).map(v -> CanonicalJson.bytes(v.getContent()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}

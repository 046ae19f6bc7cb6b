package vn.gov.cbccvc.signature;

import java.util.Optional;

/**
 * Gives the current bytes of a signed subject, so a stored signature can be re-verified without the caller
 * supplying them ({@code POST /api/signatures/{id}/verify}). The feature that owns a subject type implements it,
 * e.g. profiles for {@code PROFILE_VERSION}: the canonical JSON of the approved version as stored now.
 * {@link SignatureService#BATCH_MANIFEST} is handled by this package itself.
 */
public interface SignedContentResolver {

	/** The subject type this resolver answers for, e.g. {@code PROFILE_VERSION}. */
	String subjectType();

	/** The bytes as stored now, or empty when the subject no longer exists. */
	Optional<byte[]> currentContent(String subjectId);

}

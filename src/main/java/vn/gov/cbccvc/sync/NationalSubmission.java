package vn.gov.cbccvc.sync;

/**
 * One signed version as sent to the national database (docs/sync-protocol.md). Binary fields are Base64.
 *
 * @param contentBase64 the canonical JSON bytes of the version, exactly as signed
 * @param signatureCmsBase64 the detached CAdES-BES signature over the content, or over the manifest of a batch
 * @param manifestBase64 the signed batch manifest, when a batch signature covers the version
 * @param manifestEntry the version's entry in that manifest
 */
public record NationalSubmission(String idempotencyKey, String provinceCode, String sendingAgencyCode,
		String personalIdNumber, int versionNo, String kind, String contentBase64, String sha256,
		String signatureCmsBase64, String manifestBase64, ManifestEntry manifestEntry) {

	public record ManifestEntry(String subjectType, String subjectId, String sha256) {
	}

}

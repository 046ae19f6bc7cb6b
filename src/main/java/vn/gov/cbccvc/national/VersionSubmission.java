package vn.gov.cbccvc.national;

/** What a province sends (docs/sync-protocol.md); binary fields are Base64. */
record VersionSubmission(String idempotencyKey, String provinceCode, String sendingAgencyCode,
		String personalIdNumber, Integer versionNo, String kind, String contentBase64, String sha256,
		String signatureCmsBase64, String manifestBase64, ManifestEntry manifestEntry) {
}

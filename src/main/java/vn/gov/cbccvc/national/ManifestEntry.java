package vn.gov.cbccvc.national;

/** A version's entry in a batch manifest signed by the province (HY Art. 8.4). */
record ManifestEntry(String subjectType, String subjectId, String sha256) {
}

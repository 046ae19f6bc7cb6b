package vn.gov.cbccvc.national;

import java.time.OffsetDateTime;

/** A stored version as served to a receiving province (TT06 Art. 11.1b). */
record StoredVersion(String receiptId, OffsetDateTime receivedAt, String provinceCode, String sendingAgencyCode,
		String personalIdNumber, int versionNo, String kind, String contentBase64, String sha256,
		String signatureCmsBase64, String manifestBase64, String manifestEntry, String signerSubject) {
}

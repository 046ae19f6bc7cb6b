package vn.gov.cbccvc.sync;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The wire form of {@code GET /national/api/people/{personalIdNumber}/latest} (binary fields Base64). */
@JsonIgnoreProperties(ignoreUnknown = true)
record NationalRecordPayload(String receiptId, OffsetDateTime receivedAt, String provinceCode,
		String sendingAgencyCode, String personalIdNumber, Integer versionNo, String kind, String contentBase64,
		String sha256, String signatureCmsBase64, String signerSubject) {
}

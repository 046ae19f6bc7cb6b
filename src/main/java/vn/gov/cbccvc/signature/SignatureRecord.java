package vn.gov.cbccvc.signature;

import java.time.Instant;

/** A stored signature's facts, for other features and the API (the CMS bytes are fetched separately). */
public record SignatureRecord(long id, String subjectType, String subjectId, SignaturePurpose purpose, String hash,
		String signerUsername, String certificateSubject, String certificateSerial, Instant signedAt,
		Instant createdAt) {
}

package vn.gov.cbccvc.signature;

/**
 * One item covered by a batch signature.
 *
 * @param subjectType e.g. {@code PROFILE_VERSION}
 * @param subjectId the id of the subject
 * @param sha256 lower-case hex SHA-256 of the subject's signed bytes (see {@link ContentHash#sha256Hex})
 */
public record BatchEntry(String subjectType, String subjectId, String sha256) {
}

package vn.gov.cbccvc.common;

/**
 * One field that failed validation, with the reason in Vietnamese and English.
 *
 * @param field the path of the field, e.g. {@code identity.personalIdNumber}
 * @param code a stable machine-readable code, e.g. {@code personal-id.birth-year-mismatch}
 * @param messageVi the reason in Vietnamese
 * @param messageEn the reason in English
 */
public record FieldViolation(String field, String code, String messageVi, String messageEn) {
}

package vn.gov.cbccvc.profile;

/**
 * One field that differs between two CVs, by JSON path (e.g. {@code workHistory[2].unit}); a value is null where
 * the field is absent on that side. Values are given as text in canonical form (dates ISO-8601).
 */
public record FieldChange(String path, String oldValue, String newValue) {
}

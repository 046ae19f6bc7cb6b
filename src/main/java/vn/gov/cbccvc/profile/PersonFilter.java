package vn.gov.cbccvc.profile;

/** Optional filters of the people list; {@code name} matches any part of the full name, case-insensitively. */
public record PersonFilter(Long unitId, RecordStatus status, PersonCategory category, String name) {
}

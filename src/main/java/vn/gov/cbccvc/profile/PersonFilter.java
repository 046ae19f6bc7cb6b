package vn.gov.cbccvc.profile;

/** Optional filters of the people list; {@code name} matches any part of the full name, ignoring case and diacritics. */
public record PersonFilter(Long unitId, RecordStatus status, PersonCategory category, String name) {
}

package vn.gov.cbccvc.profile;

import java.time.OffsetDateTime;

/** An approved version without its content: what lists show, and what a signature refers to. */
public record ProfileVersionInfo(long id, long personId, int versionNo, int schemaVersion, VersionKind kind,
		String contentSha256, OffsetDateTime createdAt, String createdBy) {

	public ProfileVersionInfo {
		createdAt = Actors.inZone(createdAt);
	}


	static ProfileVersionInfo of(ProfileVersion v) {
		return new ProfileVersionInfo(v.getId(), v.getPersonId(), v.getVersionNo(), v.getSchemaVersion(), v.getKind(),
				v.getContentSha256(), v.getCreatedAt(), v.getCreatedBy());
	}

}

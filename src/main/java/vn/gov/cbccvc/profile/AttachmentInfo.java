package vn.gov.cbccvc.profile;

import java.time.OffsetDateTime;

/** An attachment without its content. */
public record AttachmentInfo(long id, long personId, String fieldPath, String fileName, String mediaType,
		long sizeBytes, String sha256, OffsetDateTime uploadedAt, String uploadedBy) {

	public AttachmentInfo {
		uploadedAt = Actors.inZone(uploadedAt);
	}

}

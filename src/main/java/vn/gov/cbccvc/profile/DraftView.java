package vn.gov.cbccvc.profile;

import java.time.OffsetDateTime;

import vn.gov.cbccvc.profile.cv.CvDocument;

/** The working copy of a CV; send {@code version} back in {@code If-Match} to avoid overwriting another edit. */
public record DraftView(long personId, CvDocument content, boolean lockedForEditing, OffsetDateTime updatedAt,
		String updatedBy, long version) {

	public DraftView {
		updatedAt = Actors.inZone(updatedAt);
	}


	static DraftView of(ProfileDraft d) {
		return new DraftView(d.getPersonId(), CanonicalJson.read(d.getContent()), d.isLockedForEditing(),
				d.getUpdatedAt(), d.getUpdatedBy(), d.getVersion());
	}

}

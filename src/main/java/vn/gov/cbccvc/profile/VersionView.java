package vn.gov.cbccvc.profile;

import vn.gov.cbccvc.profile.cv.CvDocument;

/** An approved version with its content. */
public record VersionView(ProfileVersionInfo info, CvDocument content) {

	static VersionView of(ProfileVersion v) {
		return new VersionView(ProfileVersionInfo.of(v), CanonicalJson.read(v.getContent()));
	}

}

package vn.gov.cbccvc.profile;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.profile.cv.CvDocument;

/** The CV (sơ yếu lý lịch) of a person: the draft, the approved versions and what changed. */
@RestController
@RequestMapping("/api/people/{id}/profile")
@Tag(name = "Sơ yếu lý lịch / CV", description = "Bản nháp, phiên bản đã duyệt, so sánh / draft, approved versions, diff")
class ProfileController {

	private final ProfileService profiles;

	private final ProfileDiff diff;

	ProfileController(ProfileService profiles, ProfileDiff diff) {
		this.profiles = profiles;
		this.diff = diff;
	}

	@GetMapping("/draft")
	@Operation(summary = "Bản nháp sơ yếu lý lịch / The CV draft")
	DraftView draft(@PathVariable long id) {
		return this.profiles.getDraft(id);
	}

	@PutMapping("/draft")
	@Operation(summary = "Cập nhật bản nháp (kiểm tra toàn bộ) / Replace the draft (fully validated)")
	DraftView saveDraft(@PathVariable long id, @RequestBody CvDocument content,
			@Parameter(description = "Phiên bản bản nháp đã đọc / the draft version read")
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Principal principal) {
		return this.profiles.saveDraft(id, content, expectedVersion(ifMatch),
				Actors.of(principal));
	}

	@GetMapping("/versions")
	@Operation(summary = "Các phiên bản đã duyệt / Approved versions")
	List<ProfileVersionInfo> versions(@PathVariable long id) {
		return this.profiles.versions(id);
	}

	@GetMapping("/versions/{no}")
	@Operation(summary = "Một phiên bản đã duyệt / One approved version")
	VersionView version(@PathVariable long id, @PathVariable int no) {
		return this.profiles.version(id, no);
	}

	@GetMapping("/diff")
	@Operation(summary = "Bản nháp so với phiên bản mới nhất / Draft against the latest version")
	ProfileDiff.DraftDiff diff(@PathVariable long id) {
		return this.diff.draftAgainstLatest(id);
	}

	private static Long expectedVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return null;
		}
		String v = ifMatch.strip().replace("W/", "").replace("\"", "");
		try {
			return Long.parseLong(v);
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("bad-if-match", "Tiêu đề If-Match phải là số phiên bản bản nháp",
					"The If-Match header must be the draft version number");
		}
	}

}

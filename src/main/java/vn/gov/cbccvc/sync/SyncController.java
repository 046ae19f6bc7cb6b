package vn.gov.cbccvc.sync;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.profile.ProfileService;

/** The national sync's state (TT06 Art. 6.4, 12.2): per version, per person, and the province's summary. */
@RestController
@Tag(name = "Đồng bộ CSDL quốc gia / National sync")
class SyncController {

	private final SyncStates states;

	private final ProfileService profiles;

	SyncController(SyncStates states, ProfileService profiles) {
		this.states = states;
		this.profiles = profiles;
	}

	@GetMapping("/api/sync/versions/{versionId}")
	@Operation(summary = "Trạng thái đồng bộ của một phiên bản / Sync state of a version")
	SyncState version(@PathVariable long versionId) {
		// versionInfo checks that the caller may read the person's data (TT06 Art. 4.4)
		this.profiles.versionInfo(versionId);
		return this.states.ofVersion(versionId)
			.orElseThrow(() -> new NotFoundException("trạng thái đồng bộ / sync state", versionId));
	}

	@GetMapping("/api/people/{personId}/sync")
	@Operation(summary = "Trạng thái đồng bộ các phiên bản của một người / Sync state of a person's versions")
	List<SyncState> person(@PathVariable long personId) {
		this.profiles.versions(personId);
		return this.states.ofPerson(personId);
	}

	@GetMapping("/api/sync/summary")
	@PreAuthorize("hasAnyAuthority('GROUP_role-doha-admin', 'GROUP_role-manager', 'GROUP_camunda-admin')")
	@Operation(summary = "Tổng hợp đồng bộ theo trạng thái / Sync counts per state")
	SyncSummary summary() {
		return this.states.summary();
	}

}

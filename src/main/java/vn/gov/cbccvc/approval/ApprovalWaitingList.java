package vn.gov.cbccvc.approval;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other processes tell the monthly approval windows: a reviewed record now waits for its unit's window
 * (TT06 Art. 7.1, DN Art. 7.1, HY Art. 8.1-8.2), or no longer does (returned, cancelled).
 */
@Service
public class ApprovalWaitingList {

	/**
	 * Variable of a waiting instance naming the {@code VersionKind} its approval makes (ONBOARDING when absent;
	 * TRANSFER for a record transferred in, DN Art. 8.3d).
	 */
	public static final String VERSION_KIND = "versionKind";

	private final ApprovalQueue queue;

	ApprovalWaitingList(ApprovalQueue queue) {
		this.queue = queue;
	}

	@Transactional
	public void add(long personId, long unitId, Long onboardingId, String processInstanceId, String reviewedSha256,
			boolean headsOwnRecord) {
		this.queue.enqueue(personId, unitId, onboardingId, processInstanceId, reviewedSha256, headsOwnRecord);
	}

	@Transactional
	public void remove(long personId) {
		this.queue.remove(List.of(personId));
	}

}

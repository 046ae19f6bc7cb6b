package vn.gov.cbccvc.sync;

import java.util.List;

/**
 * The director's decision on a sync batch: every version not sent back is signed with one signature.
 *
 * @param returns versions sent back, each with a reason (HY Art. 8.4)
 */
public record SignSyncBatchRequest(List<Return> returns) {

	public SignSyncBatchRequest {
		returns = returns == null ? List.of() : returns;
	}

	public record Return(Long versionId, String reason) {
	}

}

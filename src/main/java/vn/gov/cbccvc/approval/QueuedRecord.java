package vn.gov.cbccvc.approval;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** A reviewed record waiting in a batch for the approver's signature. */
@Schema(description = "Hồ sơ đã rà soát chờ ký duyệt / A reviewed record waiting for signature")
public record QueuedRecord(long personId, String fullName, String fileNumber, OffsetDateTime waitingSince,
		@Schema(description = "SHA-256 của bản nháp khi được khóa sau rà soát / SHA-256 of the draft locked at review")
		String reviewedSha256, int windowsMissed) {
}

package vn.gov.cbccvc.approval;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A batch task's content: the window, and every record of the unit waiting for this approver (read live). */
@Schema(description = "Lô hồ sơ chờ ký duyệt trong kỳ / A monthly approval batch")
public record BatchView(long batchId, long unitId, String unitName,
		@Schema(description = "HEAD hoặc DEPUTY (hồ sơ của người đứng đầu, DN Điều 7.1) / HEAD or DEPUTY") String approverRole,
		LocalDate windowFirstDay, LocalDate windowLastDay, OffsetDateTime windowClosesAt, BatchStatus status,
		String article, List<QueuedRecord> records, long totalRecords, int page, int size) {
}

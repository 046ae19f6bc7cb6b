package vn.gov.cbccvc.sync;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.approval.EngineClock;
import vn.gov.cbccvc.notification.NotificationService;
import vn.gov.cbccvc.overdue.OverdueService;
import vn.gov.cbccvc.overdue.OverdueService.OverdueItem;

/**
 * The window ended with the batch unsigned (HY Art. 8.4): the batch closes, its versions keep waiting for the next
 * window (nothing lost), the missed window is one overdue item of the province for the manager and the director
 * and the manager are told (TT06 Art. 15.3, HY Art. 15.3). Idempotent.
 */
@Service
class SyncBatchCarryOver {

	static final String DEADLINE_KEY = "SYNC_APPROVAL";

	static final String PROCESS_KEY = "Process_SyncBatch";

	private final SyncBatchStore batches;

	private final OverdueService overdue;

	private final NotificationService notifications;

	private final JdbcTemplate jdbc;

	private final EngineClock clock;

	SyncBatchCarryOver(SyncBatchStore batches, OverdueService overdue, NotificationService notifications,
			JdbcTemplate jdbc, EngineClock clock) {
		this.batches = batches;
		this.overdue = overdue;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void closeUnsigned(long batchId, String escalationGroup) {
		SyncBatch batch = this.batches.require(batchId);
		OffsetDateTime now = this.clock.nowInZone();
		if (!this.batches.closeUnsigned(batchId, now)) {
			return;
		}
		// the province's root unit: the director's batch belongs to no single unit
		Long province = this.jdbc.queryForObject("select min(id) from org_unit where parent_id is null", Long.class);
		String task = "Giám đốc Sở Nội vụ ký số lô đồng bộ";
		this.overdue.record(new OverdueItem(batch.processInstanceId(), batch.manifestName(), PROCESS_KEY, DEADLINE_KEY,
				task, province == null ? 0 : province, null, batch.approverGroup(), escalationGroup, batch.article(),
				batch.closesAt().toInstant()));
		String subject = "Quá hạn: " + task + " (" + batch.entryCount() + " phiên bản, kỳ " + batch.windowFirstDay()
				+ " – " + batch.windowLastDay() + ")";
		String body = "Kỳ ký đồng bộ đã kết thúc (" + batch.article() + "); các phiên bản chuyển sang kỳ sau. / The sync"
				+ " window ended unsigned; its " + batch.entryCount() + " version(s) move to the next window.";
		this.notifications.notify(escalationGroup, "SYNC_WINDOW_MISSED", subject, body, "/camunda/app/tasklist/");
		this.notifications.notify(batch.approverGroup(), "SYNC_WINDOW_CARRIED_OVER", subject, body,
				"/camunda/app/tasklist/");
	}

}

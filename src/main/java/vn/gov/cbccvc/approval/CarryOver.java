package vn.gov.cbccvc.approval;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.organisation.UnitView;
import vn.gov.cbccvc.ruleset.Deadlines;

/**
 * A window closed with its batch unsigned: the batch is closed, its records stay queued for the next window with
 * one more window missed, each record is listed overdue for the manager (TT06 Art. 15.3, HY Art. 15.3) and the
 * escalation group of HEAD_APPROVAL and the approvers are told. {@code overdue_item} and {@code notification}
 * belong to the onboarding feature's schema (V9); plain SQL here keeps this feature off its entities.
 */
@Service
class CarryOver {

	static final String DEADLINE_KEY = "HEAD_APPROVAL";

	static final String PROCESS_KEY = "Process_Onboarding";

	private final BatchStore batches;

	private final ApprovalQueue queue;

	private final Deadlines deadlines;

	private final OrganisationDirectory organisation;

	private final JdbcTemplate jdbc;

	private final EngineClock clock;

	CarryOver(BatchStore batches, ApprovalQueue queue, Deadlines deadlines, OrganisationDirectory organisation,
			JdbcTemplate jdbc, EngineClock clock) {
		this.batches = batches;
		this.queue = queue;
		this.deadlines = deadlines;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Idempotent: a batch already decided or carried over is left as it is. */
	@Transactional
	public void closeUnsigned(long batchId) {
		Batch batch = this.batches.require(batchId);
		OffsetDateTime now = this.clock.nowInZone();
		if (!this.batches.close(batchId, BatchStatus.CLOSED_UNSIGNED, now)) {
			return;
		}
		boolean own = batch.headsOwnRecords();
		this.queue.incrementMissed(batch.unitId(), own);
		List<ApprovalQueue.Instance> waiting = this.queue.instances(batch.unitId(), own);
		if (waiting.isEmpty()) {
			return;
		}
		String escalateTo = this.deadlines.escalationGroup(DEADLINE_KEY);
		recordOverdue(batch, waiting, escalateTo, now);
		String unit = this.organisation.findUnit(batch.unitId()).map(UnitView::name).orElse("#" + batch.unitId());
		String subject = "Quá kỳ phê duyệt: " + waiting.size() + " hồ sơ của " + unit + " chưa được ký duyệt";
		String body = "Kỳ phê duyệt " + batch.firstDay() + " – " + batch.lastDay() + " (" + batch.article()
				+ ") đã kết thúc; hồ sơ được chuyển sang kỳ sau. / The approval window ended with " + waiting.size()
				+ " record(s) unsigned; they move to the next window.";
		notify(escalateTo, "APPROVAL_WINDOW_MISSED", subject, body, now);
		notify(batch.approverGroup(), "APPROVAL_WINDOW_CARRIED_OVER", subject, body, now);
	}

	private void recordOverdue(Batch batch, List<ApprovalQueue.Instance> waiting, String escalateTo,
			OffsetDateTime now) {
		// the unique key (instance, deadline, due) would refuse a second row: skip what an earlier run wrote
		Set<String> present = new HashSet<>(this.jdbc.queryForList("select process_instance_id from overdue_item"
				+ " where unit_id = ? and deadline_key = ? and due_at = ?", String.class, batch.unitId(), DEADLINE_KEY,
				batch.closesAt()));
		List<Object[]> rows = waiting.stream()
			.filter(w -> !present.contains(w.processInstanceId()))
			.map(w -> new Object[] { w.processInstanceId(), PROCESS_KEY, DEADLINE_KEY,
					"Ký duyệt hồ sơ trong kỳ hàng tháng", batch.unitId(), w.personId(), batch.approverGroup(),
					escalateTo, batch.article(), batch.closesAt(), now })
			.toList();
		this.jdbc.batchUpdate("insert into overdue_item (process_instance_id, process_key, deadline_key, task_name,"
				+ " unit_id, person_id, responsible, escalated_to, article, due_at, detected_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	private void notify(String recipient, String kind, String subject, String body, OffsetDateTime now) {
		this.jdbc.update("insert into notification (recipient, kind, subject, body, link, created_at)"
				+ " values (?, ?, ?, ?, ?, ?)", recipient, kind, subject, body, "/camunda/app/tasklist/", now);
	}

}

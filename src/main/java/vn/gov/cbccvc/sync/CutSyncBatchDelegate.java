package vn.gov.cbccvc.sync;

import java.time.LocalDate;
import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.approval.EngineClock;
import vn.gov.cbccvc.ruleset.ApprovalWindows.Window;

/**
 * {@code Task_CutSyncBatch}: the batch is every version waiting for the director at this moment (HY Art. 8.4); a
 * version handed over after the cut waits for the next window. Sets {@code syncBatchId} and {@code entryCount}.
 */
@Component("cutSyncBatchDelegate")
class CutSyncBatchDelegate implements JavaDelegate {

	private final SyncWindowPlan plan;

	private final SyncBatchStore batches;

	private final EngineClock clock;

	private final SyncProperties properties;

	CutSyncBatchDelegate(SyncWindowPlan plan, SyncBatchStore batches, EngineClock clock, SyncProperties properties) {
		this.plan = plan;
		this.batches = batches;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void execute(DelegateExecution execution) {
		LocalDate first = LocalDate.parse((String) execution.getVariable("windowFirstDay"));
		Window window = this.plan.windowOf(YearMonth.from(first))
			.orElseThrow(() -> new IllegalStateException("DIRECTOR_SIGNS_SYNC was switched off after the plan"));
		Long batchId = this.batches.cut(window, SyncWindowPlan.closesAt(window),
				(String) execution.getVariable("approverGroup"), execution.getProcessInstanceId(),
				this.clock.nowInZone(), this.properties.batch().maxEntries());
		execution.setVariable(SyncVars.SYNC_BATCH_ID, batchId);
		execution.setVariable("entryCount", batchId == null ? 0 : this.batches.require(batchId).entryCount());
	}

}

package vn.gov.cbccvc.sync;

import java.time.YearMonth;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.approval.EngineClock;
import vn.gov.cbccvc.ruleset.ApprovalWindows.Window;
import vn.gov.cbccvc.security.Roles;

/**
 * {@code Task_PlanSyncWindow}: this month's sync window (HY Art. 8.4) as variables of Process_SyncBatch. The
 * process starts daily; only the first instance of a month whose window has not ended plans it, taking the
 * window's business key, so a node deployed mid-month still serves the current window and it is planned once.
 */
@Component("planSyncWindowDelegate")
class PlanSyncWindowDelegate implements JavaDelegate {

	private final SyncWindowPlan plan;

	private final EngineClock clock;

	private final HistoryService history;

	PlanSyncWindowDelegate(SyncWindowPlan plan, EngineClock clock, HistoryService history) {
		this.plan = plan;
		this.clock = clock;
		this.history = history;
	}

	static String businessKey(Window window) {
		return "SYNC-WINDOW-" + window.firstDay();
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<Window> window = this.plan.windowOf(YearMonth.from(this.clock.today()))
			.filter(w -> !w.lastDay().isBefore(this.clock.today()))
			.filter(this::notPlannedYet);
		execution.setVariable(SyncVars.DIRECTOR_SIGNS, window.isPresent());
		window.ifPresent(w -> {
			execution.setProcessBusinessKey(businessKey(w));
			execution.setVariable("windowKey", w.key());
			execution.setVariable("windowFirstDay", w.firstDay().toString());
			execution.setVariable("windowLastDay", w.lastDay().toString());
			execution.setVariable("windowArticle", w.article());
			execution.setVariable("windowOpensAt", Date.from(SyncWindowPlan.opensAt(w).toInstant()));
			execution.setVariable("windowClosesAt", Date.from(SyncWindowPlan.closesAt(w).toInstant()));
			execution.setVariable("approverGroup", w.approver().groupId());
			// TT06 Art. 15.3, HY Art. 15.3: leaders watch missed deadlines
			execution.setVariable("escalationGroup", Roles.MANAGER);
		});
	}

	// the history holds running and ended instances (history level full); this instance has no key yet
	private boolean notPlannedYet(Window window) {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(SyncBatchCarryOver.PROCESS_KEY)
			.processInstanceBusinessKey(businessKey(window))
			.count() == 0;
	}

}

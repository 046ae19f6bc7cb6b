package vn.gov.cbccvc.sync;

import java.time.YearMonth;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.approval.EngineClock;
import vn.gov.cbccvc.ruleset.ApprovalWindows.Window;
import vn.gov.cbccvc.security.Roles;

/** {@code Task_PlanSyncWindow}: this month's sync window (HY Art. 8.4) as variables of Process_SyncBatch. */
@Component("planSyncWindowDelegate")
class PlanSyncWindowDelegate implements JavaDelegate {

	private final SyncWindowPlan plan;

	private final EngineClock clock;

	PlanSyncWindowDelegate(SyncWindowPlan plan, EngineClock clock) {
		this.plan = plan;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Optional<Window> window = this.plan.windowOf(YearMonth.from(this.clock.today()));
		execution.setVariable(SyncVars.DIRECTOR_SIGNS, window.isPresent());
		window.ifPresent(w -> {
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

}

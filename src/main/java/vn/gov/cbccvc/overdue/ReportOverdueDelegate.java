package vn.gov.cbccvc.overdue;

import java.util.Comparator;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.notification.NotificationService;
import vn.gov.cbccvc.ruleset.Deadlines;

/**
 * The non-interrupting deadline timer fired: records the step as overdue, reminds whoever holds it and tells the
 * group above (TT06 Art. 15.3, HY Art. 15.3). Input: {@code deadlineKey}. Never silent, never done twice.
 */
@Component
class ReportOverdueDelegate implements JavaDelegate {

	private final TaskService tasks;

	private final OverdueService overdue;

	private final NotificationService notifications;

	private final Escalations escalations;

	private final Deadlines deadlines;

	ReportOverdueDelegate(TaskService tasks, OverdueService overdue, NotificationService notifications,
			Escalations escalations, Deadlines deadlines) {
		this.tasks = tasks;
		this.overdue = overdue;
		this.notifications = notifications;
		this.escalations = escalations;
		this.deadlines = deadlines;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String key = (String) execution.getVariableLocal("deadlineKey");
		Object unitId = execution.getVariable("unitId");
		Long personId = execution.getVariable("personId") == null ? null
				: ((Number) execution.getVariable("personId")).longValue();
		Task late = this.tasks.createTaskQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.active()
			.list()
			.stream()
			.filter(t -> t.getDueDate() != null && !t.getTaskDefinitionKey().startsWith("Task_FollowUp"))
			.min(Comparator.comparing(Task::getDueDate))
			.orElse(null);
		String responsible = late != null && late.getAssignee() != null ? late.getAssignee()
				: this.escalations.responsibleGroupFor(key, unitId);
		String escalatedTo = this.escalations.groupFor(key, unitId);
		Date due = late == null ? null : late.getDueDate();
		String taskName = late == null ? key : late.getName();
		this.overdue.record(new OverdueService.OverdueItem(execution.getProcessInstanceId(),
				execution.getProcessBusinessKey(), execution.getProcessDefinitionId().split(":")[0], key, taskName,
				((Number) unitId).longValue(), personId, responsible, escalatedTo, this.deadlines.rule(key).article(),
				OverdueService.OverdueItem.instant(due)));
		String subject = "Quá hạn: " + taskName + " (" + execution.getProcessBusinessKey() + ")";
		this.notifications.notify(responsible, "OVERDUE_REMINDER", subject,
				"Việc đã quá hạn theo " + this.deadlines.rule(key).article() + ". Đề nghị hoàn thành ngay.", null);
		this.notifications.notify(escalatedTo, "OVERDUE_ESCALATION", subject,
				"Việc của cấp dưới đã quá hạn, đề nghị đôn đốc.", null);
	}

}

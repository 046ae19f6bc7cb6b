package vn.gov.cbccvc.overdue;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.gov.cbccvc.calendar.CalendarYearChanged;
import vn.gov.cbccvc.security.EngineAsSystem;

/**
 * When an administrator loads or corrects a calendar year (a holiday moved, a swap announced late), the open
 * deadline timers are computed again from their own expressions and the waiting tasks get the new due date: a
 * deadline never stays on an outdated calendar. Timers and task due dates share one expression per step, based
 * on the step's stored start (never on the moment of recalculation).
 */
@Component
class DeadlineRecalculation {

	private static final Logger log = LoggerFactory.getLogger(DeadlineRecalculation.class);

	/** Deadline timers are the boundary events named {@code Timer_*}; timer start events are not touched. */
	static final String DEADLINE_TIMER_PREFIX = "Timer_";

	private static final int PAGE = 500;

	private final ManagementService management;

	private final TaskService tasks;

	private final EngineAsSystem engine;

	DeadlineRecalculation(ManagementService management, TaskService tasks, EngineAsSystem engine) {
		this.management = management;
		this.tasks = tasks;
		this.engine = engine;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void calendarChanged(CalendarYearChanged event) {
		int changed = this.engine.call(this::recalculateOpenDeadlines);
		log.info("Calendar year {} changed: {} open deadline timers recomputed", event.year(), changed);
	}

	int recalculateOpenDeadlines() {
		int changed = 0;
		for (int first = 0;; first += PAGE) {
			List<Job> page = this.management.createJobQuery().timers().orderByJobId().asc().listPage(first, PAGE);
			for (Job job : page) {
				if (isDeadline(job) && recalculate(job)) {
					changed++;
				}
			}
			if (page.size() < PAGE) {
				return changed;
			}
		}
	}

	private boolean isDeadline(Job job) {
		String activity = this.management.createJobDefinitionQuery()
			.jobDefinitionId(job.getJobDefinitionId())
			.singleResult()
			.getActivityId();
		return activity != null && activity.startsWith(DEADLINE_TIMER_PREFIX);
	}

	private boolean recalculate(Job job) {
		Date before = job.getDuedate();
		this.management.recalculateJobDuedate(job.getId(), false);
		Date after = this.management.createJobQuery().jobId(job.getId()).singleResult().getDuedate();
		for (Task task : this.tasks.createTaskQuery().executionId(job.getExecutionId()).list()) {
			if (task.getDueDate() != null && !task.getDueDate().equals(after)) {
				task.setDueDate(after);
				this.tasks.saveTask(task);
			}
		}
		return !after.equals(before);
	}

}

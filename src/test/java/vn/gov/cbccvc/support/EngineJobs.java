package vn.gov.cbccvc.support;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;

/** Spring tests run with the job executor off: they drive the engine's jobs themselves, round after round. */
public final class EngineJobs {

	private static final int ROUNDS = 20;

	private EngineJobs() {
	}

	/** Runs the asynchronous continuations (jobs without a due date) of one instance, or of all when null. */
	public static void runContinuations(ManagementService management, String processInstanceId) {
		run(management, processInstanceId, job -> job.getDuedate() == null);
	}

	/** Runs every job that is due now, timers included, of one instance (or of all when null). */
	public static void runDue(ManagementService management, String processInstanceId) {
		run(management, processInstanceId, job -> true);
	}

	private static void run(ManagementService management, String processInstanceId, Predicate<Job> which) {
		for (int round = 0; round < ROUNDS; round++) {
			JobQuery query = management.createJobQuery().executable();
			List<Job> due = (processInstanceId == null ? query : query.processInstanceId(processInstanceId)).list()
				.stream()
				.filter(which)
				.toList();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

}

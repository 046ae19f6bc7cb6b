package vn.gov.cbccvc.workflow;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Who completed a user task (the logged-in user of Tasklist or the API, else the assignee), kept in a process
 * variable per step because that person signs what follows.
 */
public final class CompletingUsers {

	private CompletingUsers() {
	}

	/** Sets {@code variableByTask.get(taskKey)} to the completing user, when the step is one of those. */
	public static void record(IdentityService identity, DelegateTask task, Map<String, String> variableByTask) {
		var authentication = identity.getCurrentAuthentication();
		String user = authentication != null ? authentication.getUserId() : task.getAssignee();
		String variable = variableByTask.get(task.getTaskDefinitionKey());
		if (variable != null && user != null) {
			task.getExecution().setVariable(variable, user);
		}
	}

}

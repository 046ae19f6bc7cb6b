package vn.gov.cbccvc.support;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;

/**
 * Works a user task as Camunda Tasklist does for a logged-in user, with the engine's authorization checks on: the
 * user's groups from the identity service, the task's deployed Camunda form loaded, the task claimed, and the
 * form's variables submitted.
 */
public final class Tasklist {

	private Tasklist() {
	}

	/** The task's deployed form (JSON) as Tasklist loads it for {@code username}. */
	public static String form(ProcessEngine engine, String username, String taskId) {
		return as(engine, username, () -> {
			try (var in = engine.getFormService().getDeployedTaskForm(taskId)) {
				return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Claims (when nobody holds it) and submits the form; the engine's exception when refused. */
	public static void submit(ProcessEngine engine, String username, String taskId, Map<String, Object> variables) {
		as(engine, username, () -> {
			if (engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee() == null) {
				engine.getTaskService().claim(taskId, username);
			}
			engine.getFormService().submitTaskForm(taskId, variables);
			return null;
		});
	}

	private static <T> T as(ProcessEngine engine, String username, java.util.function.Supplier<T> work) {
		var identity = engine.getIdentityService();
		List<String> groups = identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
		identity.setAuthentication(username, groups);
		try {
			return work.get();
		}
		finally {
			identity.clearAuthentication();
		}
	}

}

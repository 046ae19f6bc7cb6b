package vn.gov.cbccvc.security;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.AUTHORIZATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * Every engine authorization the product grants, as one table. Grants go to role GROUPS only, a few dozen rows
 * in all (authorization checks slow down as ACT_RU_AUTHORIZATION grows, camunda-bpm-platform #5485); tasks are
 * reached through Camunda's default assignee and candidate-group permissions, never a row per task.
 * Accounts and roles are managed through {@code /api/accounts} only, so no role but the Camunda admin may write
 * users, groups or memberships in the engine (HY Art. 5: no privilege escalation).
 */
final class CamundaAuthorizations {

	static final String TASKLIST = "tasklist";

	static final String COCKPIT = "cockpit";

	static final String ADMIN = "admin";

	/** One row of the table: a group holds these permissions on a resource ({@code *} = every instance). */
	record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

		@Override
		public String toString() {
			return this.groupId + " " + this.resource.resourceName() + ":" + this.resourceId + " "
					+ this.permissions.stream().map(Permission::getName).toList();
		}

	}

	private static final String ANY = Authorization.ANY;

	// @formatter:off
	static final List<Grant> TABLE = List.copyOf(concat(List.of(
		// group             resource             id        permissions
		// Employees: Tasklist only; they see the tasks assigned to them (engine default assignee permission).
		grant(Roles.EMPLOYEE, APPLICATION,        TASKLIST, Permissions.ACCESS)),

		// Clerks, heads, deputies: the four rows of startsFromTasklist(role) below.
		startsFromTasklist(Roles.CLERK),
		startsFromTasklist(Roles.HEAD),
		startsFromTasklist(Roles.DEPUTY),

		List.of(
		// Managers: Cockpit, read-only, to watch deadlines and overdue work (TT06 Art. 15.3, HY Art. 15.3).
		grant(Roles.MANAGER,  APPLICATION,        COCKPIT,  Permissions.ACCESS),
		grant(Roles.MANAGER,  PROCESS_DEFINITION, ANY,      ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
		                                                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK),
		grant(Roles.MANAGER,  PROCESS_INSTANCE,   ANY,      ProcessInstancePermissions.READ),

		// DoHA admin (HY Art. 3.10): all three webapps; operates every process (reassign, retry, start transfers)
		// and reads users and groups, but changes accounts through /api/accounts only; deletes nothing.
		grant(Roles.DOHA_ADMIN, APPLICATION,      TASKLIST, Permissions.ACCESS),
		grant(Roles.DOHA_ADMIN, APPLICATION,      COCKPIT,  Permissions.ACCESS),
		grant(Roles.DOHA_ADMIN, APPLICATION,      ADMIN,    Permissions.ACCESS),
		grant(Roles.DOHA_ADMIN, PROCESS_DEFINITION, ANY,    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY,
		                                                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
		                                                    ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
		                                                    ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_ASSIGN,
		                                                    ProcessDefinitionPermissions.RETRY_JOB),
		grant(Roles.DOHA_ADMIN, PROCESS_INSTANCE, ANY,      ProcessInstancePermissions.READ, ProcessInstancePermissions.CREATE,
		                                                    ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.RETRY_JOB),
		grant(Roles.DOHA_ADMIN, TASK,             ANY,      TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.TASK_ASSIGN),
		grant(Roles.DOHA_ADMIN, FILTER,           ANY,      Permissions.ALL),
		grant(Roles.DOHA_ADMIN, DEPLOYMENT,       ANY,      Permissions.READ),
		grant(Roles.DOHA_ADMIN, DECISION_DEFINITION, ANY,   Permissions.READ),
		grant(Roles.DOHA_ADMIN, USER,             ANY,      Permissions.READ),
		grant(Roles.DOHA_ADMIN, GROUP,            ANY,      Permissions.READ),
		grant(Roles.DOHA_ADMIN, AUTHORIZATION,    ANY,      Permissions.READ)),

		// Camunda admin: everything, as in Camunda's own distributions.
		Arrays.stream(Resources.values()).map(r -> grant(Roles.CAMUNDA_ADMIN, r, ANY, Permissions.ALL)).toList()));

	/** Clerks, heads, deputies: Tasklist, start processes from it (e.g. onboarding, TT06 Art. 6.2), read filters. */
	private static List<Grant> startsFromTasklist(String role) {
		return List.of(
			grant(role, APPLICATION,        TASKLIST, Permissions.ACCESS),
			grant(role, PROCESS_DEFINITION, ANY,      ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE),
			grant(role, PROCESS_INSTANCE,   ANY,      ProcessInstancePermissions.CREATE),
			grant(role, FILTER,             ANY,      Permissions.READ));
	}
	// @formatter:on

	private CamundaAuthorizations() {
	}

	private static Grant grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		return new Grant(groupId, resource, resourceId, List.of(permissions));
	}

	@SafeVarargs
	private static List<Grant> concat(List<Grant>... parts) {
		List<Grant> all = new ArrayList<>();
		Arrays.stream(parts).forEach(all::addAll);
		return all;
	}

}

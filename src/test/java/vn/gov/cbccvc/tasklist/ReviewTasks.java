package vn.gov.cbccvc.tasklist;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.account.AccountView;
import vn.gov.cbccvc.security.Roles;

/** Puts a review task of the demo clerk's unit in place without the onboarding services before it. */
final class ReviewTasks {

	static final String CLERK = "clerk";

	static final String EMPLOYEE = "033090000006";

	private ReviewTasks() {
	}

	/** A self-entry task assigned to the demo employee, whose draft the demo data filled. */
	static Task startSelfEntry(RuntimeService runtime, TaskService tasks, AccountService accounts) {
		AccountView employee = accounts.get(EMPLOYEE);
		long unitId = employee.unitId();
		String instanceId = runtime.createProcessInstanceByKey("Process_Onboarding")
			.startBeforeActivity("SubProcess_SelfEntry")
			.setVariables(Map.of("reviewGroup", Roles.unitRoleGroup(unitId, Roles.CLERK), "personId",
					employee.personId(), "unitId", unitId, "employeeUsername", EMPLOYEE, "approverGroup",
					Roles.unitRoleGroup(unitId, Roles.HEAD), "approvalMode", "DEADLINE", "reviewerSigns", false,
					"employeeSigns", false))
			.execute()
			.getId();
		return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_EnterProfile")
			.singleResult();
	}

	/** A review task for the clerk's unit about the demo employee, due at {@code due}. */
	static Task start(RuntimeService runtime, TaskService tasks, AccountService accounts, OffsetDateTime due) {
		AccountView clerk = accounts.get(CLERK);
		long unitId = clerk.unitId();
		long personId = accounts.get(EMPLOYEE).personId();
		String instanceId = runtime.createProcessInstanceByKey("Process_Onboarding")
			.startBeforeActivity("Task_ReviewProfile")
			.setVariables(Map.of("reviewGroup", Roles.unitRoleGroup(unitId, Roles.CLERK), "personId", personId,
					"unitId", unitId, "approverGroup", Roles.unitRoleGroup(unitId, Roles.HEAD), "approvalMode",
					"DEADLINE", "reviewerSigns", false, "employeeSigns", false))
			.execute()
			.getId();
		Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_ReviewProfile")
			.singleResult();
		task.setDueDate(Date.from(due.toInstant()));
		task.setFollowUpDate(Date.from(due.minusDays(2).toInstant()));
		tasks.saveTask(task);
		return task;
	}

}

package vn.gov.cbccvc.tasklist;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

import vn.gov.cbccvc.security.Roles;

/**
 * The shared Tasklist filters, as one table. Criteria are only assignee, candidate group, task definition key,
 * due and follow-up dates (indexed columns, no process-variable criteria: those are slow on big task tables);
 * every user task carries a follow-up date two working days before its due date ({@code deadlines} bean).
 * Expressions ({@code ${currentUser()}}, {@code ${currentUserGroups()}}, {@code ${now()}}) are evaluated when
 * the filter runs, so one filter serves every user.
 */
final class TaskFilters {

	static final String CURRENT_USER = "${currentUser()}";

	static final String CURRENT_USER_GROUPS = "${currentUserGroups()}";

	static final String NOW = "${now()}";

	static final String MINE = "Việc của tôi";

	static final String MY_GROUPS = "Việc của nhóm tôi";

	static final String OVERDUE = "Quá hạn";

	static final String DUE_SOON = "Sắp đến hạn (2 ngày làm việc)";

	static final String TO_SIGN = "Chờ tôi ký duyệt";

	static final String TRANSFERS = "Điều động, chuyển công tác";

	static final String SYNC_BATCH = "Lô đồng bộ chờ Giám đốc ký";

	/** Every step a head (or the DoHA director) signs by digital signature. */
	static final String[] SIGNING_TASKS = { "Task_ApproveProfile", "Task_SignMonthlyBatch", "Task_ApproveChange",
			"Task_SignStatusChange", "Task_SignTransfer", "Task_SignTransferOut", "Task_DirectorSignsBatch" };

	/** The clerks' steps of a move: hand over, accept, release out of the province, and the pull of a record in. */
	static final String[] TRANSFER_TASKS = { "Task_HandOverRecord", "Task_AcceptRecord", "Task_PrepareTransferOut",
			"Task_PullFromNational", "Task_ResolveNotFound" };

	/** Column shown in the task list: the person the task is about. */
	static final List<Map<String, String>> COLUMNS = List.of(Map.of("name", "personId", "label", "Mã hồ sơ"));

	/**
	 * One filter: its name (the key that makes start-up idempotent), properties and query; {@code readGroups} are
	 * groups that need a READ grant on this filter beyond the role-wide grants of {@code CamundaAuthorizations}.
	 */
	record Spec(String name, String description, int priority, String color, Function<TaskService, TaskQuery> query,
			List<String> readGroups) {
	}

	// @formatter:off
	static final List<Spec> ALL = List.of(
		new Spec(MINE, "Các việc đang giao cho tôi (kê khai hồ sơ, rà soát, phê duyệt đã nhận)", 10, "#1f6fb2",
				tasks -> tasks.createTaskQuery().taskAssigneeExpression(CURRENT_USER),
				// Employees hold no role-wide filter grant: they see this filter only (their own self-entry).
				List.of(Roles.EMPLOYEE)),
		new Spec(MY_GROUPS, "Việc chờ nhóm của tôi xử lý, kể cả việc đã có người nhận", 20, "#3a8f5c",
				tasks -> tasks.createTaskQuery().taskCandidateGroupInExpression(CURRENT_USER_GROUPS).includeAssignedTasks(),
				List.of()),
		new Spec(OVERDUE, "Việc của tôi hoặc nhóm tôi đã quá thời hạn theo quy chế (TT06 Điều 15.3)", 30, "#c0392b",
				tasks -> mineOrMyGroups(tasks).dueBeforeExpression(NOW),
				List.of()),
		new Spec(DUE_SOON, "Việc còn trong hạn nhưng chỉ còn tối đa 2 ngày làm việc", 40, "#e67e22",
				tasks -> mineOrMyGroups(tasks).followUpBeforeExpression(NOW).dueAfterExpression(NOW),
				List.of()),
		new Spec(TO_SIGN, "Hồ sơ, thay đổi, tình trạng, điều động và đợt phê duyệt chờ thủ trưởng ký duyệt (TT06 Điều 7.1)", 50, "#8e44ad",
				tasks -> tasks.createTaskQuery()
					.taskDefinitionKeyIn(SIGNING_TASKS)
					.taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
					.includeAssignedTasks(),
				List.of()),
		new Spec(TRANSFERS, "Bàn giao, tiếp nhận hồ sơ điều động, chuyển công tác (TT06 Điều 11.1, HCM Điều 8.1-8.3)", 55, "#2c7a7b",
				tasks -> tasks.createTaskQuery()
					.taskDefinitionKeyIn(TRANSFER_TASKS)
					.taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
					.includeAssignedTasks(),
				List.of()),
		new Spec(SYNC_BATCH, "Lô đồng bộ hằng tháng chờ Giám đốc Sở Nội vụ ký số (HY Điều 8.4, HCM Điều 7.3)", 60, "#16a085",
				tasks -> tasks.createTaskQuery()
					.taskDefinitionKey("Task_DirectorSignsBatch")
					.taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
					.includeAssignedTasks(),
				List.of()));
	// @formatter:on

	private TaskFilters() {
	}

	/** Tasks assigned to me, or offered to one of my groups (claimed by a colleague or not). */
	private static TaskQuery mineOrMyGroups(TaskService tasks) {
		return tasks.createTaskQuery()
			.or()
			.taskAssigneeExpression(CURRENT_USER)
			.taskCandidateGroupInExpression(CURRENT_USER_GROUPS)
			.includeAssignedTasks()
			.endOr();
	}

}

package vn.gov.cbccvc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.AuthorizationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.security.Roles;

/** The shared Tasklist filters: created once by name, and each shows the demo clerk the tasks it promises. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo.enabled=true")
@ActiveProfiles("test")
class TasklistFiltersTest {

	@Autowired
	TasklistFilterBootstrap bootstrap;

	@Autowired
	FilterService filterService;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	IdentityService identityService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	AccountService accounts;

	@AfterEach
	void logOut() {
		this.identityService.clearAuthentication();
	}

	@Test
	void filtersAreCreatedOnceByName_evenWhenStartUpRunsAgainOrRaced() {
		Map<String, String> first = this.bootstrap.ensure();
		// A second node that created its own copy at the same moment: the next run keeps only one.
		Filter copy = this.filterService.newTaskFilter(TaskFilters.OVERDUE);
		copy.setQuery(this.taskService.createTaskQuery());
		this.filterService.saveFilter(copy);
		Map<String, String> second = this.bootstrap.ensure();

		assertThat(second.keySet()).containsExactly(TaskFilters.MINE, TaskFilters.MY_GROUPS, TaskFilters.OVERDUE,
				TaskFilters.DUE_SOON, TaskFilters.TO_SIGN, TaskFilters.TRANSFERS, TaskFilters.SYNC_BATCH);
		for (TaskFilters.Spec spec : TaskFilters.ALL) {
			assertThat(this.filterService.createTaskFilterQuery().filterName(spec.name()).count()).as(spec.name())
				.isEqualTo(1);
		}
		assertThat(second.get(TaskFilters.MINE)).isEqualTo(first.get(TaskFilters.MINE));
		Filter overdue = this.filterService.getFilter(second.get(TaskFilters.OVERDUE));
		assertThat(overdue.getProperties()).containsEntry("color", "#c0392b").containsKey("description")
			.containsEntry("refresh", true).containsKey("variables");
	}

	@Test
	void everyTaskKeyTheFiltersNameIsAUserTaskOfAShippedProcess() throws Exception {
		Set<String> userTasks = new HashSet<>();
		try (var files = Files.list(Path.of("processes"))) {
			for (Path bpmn : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
				Matcher m = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"").matcher(Files.readString(bpmn));
				while (m.find()) {
					userTasks.add(m.group(1));
				}
			}
		}
		assertThat(userTasks).contains(TaskFilters.SIGNING_TASKS).contains(TaskFilters.TRANSFER_TASKS)
			.contains("Task_DirectorSignsBatch");
	}

	@Test
	void employeesMayReadTheirOwnFilterOnly() {
		Map<String, String> ids = this.bootstrap.ensure();
		List<String> employeeGroups = List.of(Roles.EMPLOYEE);
		assertThat(this.authorizationService.isUserAuthorized(ReviewTasks.EMPLOYEE, employeeGroups, Permissions.READ,
				Resources.FILTER, ids.get(TaskFilters.MINE))).isTrue();
		assertThat(this.authorizationService.isUserAuthorized(ReviewTasks.EMPLOYEE, employeeGroups, Permissions.READ,
				Resources.FILTER, ids.get(TaskFilters.OVERDUE))).isFalse();
	}

	@Test
	void overdueReviewOfTheClerksUnit_isInOverdueAndGroupFilters_notInDueSoonOrSigning() {
		Map<String, String> ids = this.bootstrap.ensure();
		Task overdue = ReviewTasks.start(this.runtimeService, this.taskService, this.accounts,
				OffsetDateTime.now().minusDays(1));
		Task dueSoon = ReviewTasks.start(this.runtimeService, this.taskService, this.accounts,
				OffsetDateTime.now().plusDays(1));
		Task later = ReviewTasks.start(this.runtimeService, this.taskService, this.accounts,
				OffsetDateTime.now().plusDays(10));

		logInAs(ReviewTasks.CLERK);
		assertThat(taskIds(ids.get(TaskFilters.OVERDUE))).contains(overdue.getId())
			.doesNotContain(dueSoon.getId(), later.getId());
		assertThat(taskIds(ids.get(TaskFilters.DUE_SOON))).contains(dueSoon.getId())
			.doesNotContain(overdue.getId(), later.getId());
		assertThat(taskIds(ids.get(TaskFilters.MY_GROUPS))).contains(overdue.getId(), dueSoon.getId(), later.getId());
		assertThat(taskIds(ids.get(TaskFilters.MINE))).doesNotContain(overdue.getId());
		assertThat(taskIds(ids.get(TaskFilters.TO_SIGN))).doesNotContain(overdue.getId());

		// Once the clerk claims it, the task is "mine" and still overdue.
		this.taskService.claim(overdue.getId(), ReviewTasks.CLERK);
		assertThat(taskIds(ids.get(TaskFilters.MINE))).contains(overdue.getId());
		assertThat(taskIds(ids.get(TaskFilters.OVERDUE))).contains(overdue.getId());

		// The head of another unit sees none of them.
		logInAs("head.yte");
		assertThat(taskIds(ids.get(TaskFilters.OVERDUE))).doesNotContain(overdue.getId());
	}

	private void logInAs(String username) {
		this.identityService.clearAuthentication(); // group queries are themselves authorization-checked
		List<String> groups = this.identityService.createGroupQuery().groupMember(username).list().stream()
			.map(Group::getId).toList();
		this.identityService.setAuthentication(username, groups);
	}

	private List<String> taskIds(String filterId) {
		return this.filterService.<Task>list(filterId).stream().map(Task::getId).toList();
	}

}

package vn.gov.cbccvc.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.cv.Sex;
import vn.gov.cbccvc.security.Roles;

/**
 * The status change's deadline with the real working-day calendar of 2026 and the rule set of each subclass
 * (HY Art. 11.3: 5 wd; HCM Art. 8.4: 10 wd; TT06 Art. 11.2 and DN Art. 8.5: product default 5 wd), counted from
 * the document's effective date across Tết; the missed deadline is recorded with the rule set's article, reminded
 * and escalated to the head, and resolved when the clerk prepares.
 */
abstract class StatusChangeDeadlinesContract {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	StatusChangeService statusChanges;

	@Autowired
	PersonService people;

	@Autowired
	ProfileService profiles;

	@Autowired
	AccountService accounts;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	/** The last day allowed for a document in effect from Fri 13/02/2026 (Tết 16–20/02 is not counted). */
	abstract LocalDate expectedDueDay();

	/** The article the rule set cites for STATUS_CHANGE. */
	abstract String expectedArticle();

	@Test
	void clerkMissesTheStatusDeadlineAcrossTet_escalatedToHeadWithTheRuleSetsArticle() {
		long unitId = this.accounts.get("clerk").unitId();
		PersonView person = StatusChangeFixtures.activePerson(this.people, this.profiles, this.accounts, unitId,
				Sex.MALE, LocalDate.of(1980, 5, 2));
		at(LocalDateTime.of(2026, 2, 13, 9, 0));
		StatusChangeView view = this.statusChanges.start(new StartStatusChange(person.id(), StatusKind.RESIGNED,
				"77/QĐ-UBND", LocalDate.of(2026, 2, 13), "Chủ tịch UBND", null, null), "clerk");
		String instance = view.processInstanceId();

		Task prepare = task(instance, StatusChangeProcess.TASK_PREPARE);
		assertThat(prepare.getDueDate()).isEqualTo(endOf(expectedDueDay()));
		assertThat(prepare.getFollowUpDate()).isBefore(prepare.getDueDate());
		assertThat(this.tasks.getIdentityLinksForTask(prepare.getId()))
			.anyMatch(l -> Roles.unitRoleGroup(unitId, Roles.CLERK).equals(l.getGroupId()));

		// the last allowed day, late afternoon: nothing is overdue yet
		at(expectedDueDay().atTime(17, 0));
		assertThat(dueTimers(instance)).isEmpty();
		at(expectedDueDay().plusDays(1).atTime(8, 0));
		dueTimers(instance).forEach(j -> this.management.executeJob(j.getId()));
		runJobs(instance);

		Task followUp = task(instance, StatusChangeProcess.TASK_FOLLOW_UP);
		assertThat(this.tasks.getIdentityLinksForTask(followUp.getId()))
			.anyMatch(l -> Roles.unitRoleGroup(unitId, Roles.HEAD).equals(l.getGroupId()));
		assertThat(this.jdbc.queryForObject("select article from overdue_item where process_instance_id = ?"
				+ " and deadline_key = 'STATUS_CHANGE' and resolved_at is null", String.class, instance))
			.isEqualTo(expectedArticle());
		assertThat(this.jdbc.queryForObject("select count(*) from notification where kind = 'OVERDUE_ESCALATION'"
				+ " and recipient = ?", Integer.class, Roles.unitRoleGroup(unitId, Roles.HEAD))).isPositive();

		// the clerk prepares: the follow-up disappears, the overdue item is resolved, the head is asked to sign
		this.tasks.complete(prepare.getId());
		runJobs(instance);
		assertThat(this.tasks.createTaskQuery().processInstanceId(instance)
			.taskDefinitionKey(StatusChangeProcess.TASK_FOLLOW_UP).count()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from overdue_item where process_instance_id = ?"
				+ " and resolved_at is null", Integer.class, instance)).isZero();
		assertThat(task(instance, StatusChangeProcess.TASK_SIGN)).isNotNull();
		this.statusChanges.withdraw(view.id(), "Dọn dữ liệu kiểm thử", "clerk");
	}

	Task task(String instance, String key) {
		List<Task> found = this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
		assertThat(found).as(key).hasSize(1);
		return found.get(0);
	}

	List<Job> dueTimers(String instance) {
		return this.management.createJobQuery().processInstanceId(instance).timers().executable().list();
	}

	void runJobs(String instance) {
		EngineJobs.runContinuations(this.management, instance);
	}

	static void at(LocalDateTime time) {
		ClockUtil.setCurrentTime(Date.from(time.atZone(ZONE).toInstant()));
	}

	static Date endOf(LocalDate day) {
		return Date.from(day.atTime(23, 59, 59).atZone(ZONE).toInstant());
	}

}

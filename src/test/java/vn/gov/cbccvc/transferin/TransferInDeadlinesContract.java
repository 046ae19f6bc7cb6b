package vn.gov.cbccvc.transferin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.ruleset.Deadlines;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.support.EngineJobs;

/**
 * The transfer in's two deadlines with the real 2026 calendar and the rule set of each subclass: the pull within
 * TRANSFER_IN_PULL of the dossier's hand-over and the employee's check within TRANSFER_IN_EMPLOYEE_CHECK of the
 * pull. The engine clock is moved across weekends, the Hùng Kings make-up day and 30/4–1/5; each missed deadline
 * is recorded with the rule set's article and escalated. Same Spring configuration as the onboarding deadline
 * tests, so the contexts are shared.
 */
abstract class TransferInDeadlinesContract {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	TransferInService transfers;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	AccountService accounts;

	@Autowired
	Deadlines deadlines;

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

	@Test
	void dohaMissesThePullAcrossTheHolidays_escalatedWithTheRuleSetsArticle() {
		long unitId = this.accounts.get("clerk").unitId();
		at(LocalDateTime.of(2026, 4, 24, 9, 0));
		String personalId = "001085" + String.format("%06d", 600_000 + (int) (Math.random() * 300_000));
		TransferInView view = this.transfers.start(new StartTransferIn(personalId, unitId,
				PersonCategory.CIVIL_SERVANT, "Sở Y tế tỉnh Hà Nam", "Hà Nam", "88/QĐ-UBND", LocalDate.of(2026, 4, 20),
				"Chủ tịch UBND tỉnh", LocalDate.of(2026, 4, 24), null, null), "clerk");
		String instance = view.processInstanceId();

		Task pull = task(instance, "Task_PullFromNational");
		// 10 working days from Fri 24/04: Mon 27/04 (Hùng Kings made up), 30/04, 01/05 and two weekends skipped
		assertThat(pull.getDueDate()).isEqualTo(endOf(2026, 5, 13));
		assertThat(this.tasks.getIdentityLinksForTask(pull.getId())).anyMatch(l -> Roles.DOHA_ADMIN.equals(l.getGroupId()));

		at(LocalDateTime.of(2026, 5, 13, 17, 0));
		assertThat(dueTimers(instance)).isEmpty();
		at(LocalDateTime.of(2026, 5, 14, 8, 0));
		fireDueTimers(instance);

		Task followUp = task(instance, "Task_FollowUpPull");
		assertThat(this.tasks.getIdentityLinksForTask(followUp.getId()))
			.anyMatch(l -> this.deadlines.escalationGroup("TRANSFER_IN_PULL").equals(l.getGroupId())
					|| Roles.unitRoleGroup(unitId, Roles.HEAD).equals(l.getGroupId()));
		assertOverdue(instance, "TRANSFER_IN_PULL", pullArticle());
		this.transfers.withdraw(view.id(), "Kết thúc kiểm thử", "clerk");
		EngineJobs.runContinuations(this.management, instance);
	}

	@Test
	void employeeMissesTheCheckOfThePulledData_escalatedToTheClerk() {
		long unitId = this.accounts.get("clerk").unitId();
		long personId = this.accounts.get("clerk").personId();
		at(LocalDateTime.of(2026, 4, 24, 9, 0));
		String instance = this.runtime.createProcessInstanceByKey("Process_Onboarding")
			.businessKey("TRI-test")
			.setVariables(Map.of("personId", personId, "unitId", unitId, "employeeUsername", "clerk", "entryPath",
					"TRANSFER_IN", "selfEntryDeadlineKey", "TRANSFER_IN_EMPLOYEE_CHECK", "selfEntryFrom",
					ClockUtil.getCurrentTime(), "versionKind", "TRANSFER"))
			.execute()
			.getId();
		EngineJobs.runContinuations(this.management, instance);

		Task check = task(instance, "Task_EnterProfile");
		// 5 working days from the pull on Fri 24/04: Tue 28, Wed 29, Mon 4, Tue 5, Wed 6
		assertThat(check.getDueDate()).isEqualTo(endOf(2026, 5, 6));

		at(LocalDateTime.of(2026, 5, 7, 0, 0));
		fireDueTimers(instance);

		assertThat(this.tasks.getIdentityLinksForTask(task(instance, "Task_FollowUpSelfEntry").getId()))
			.anyMatch(l -> Roles.unitRoleGroup(unitId, Roles.CLERK).equals(l.getGroupId()));
		assertOverdue(instance, "TRANSFER_IN_EMPLOYEE_CHECK", employeeCheckArticle());
		this.runtime.deleteProcessInstance(instance, "test finished");
	}

	/** The article the rule set cites for TRANSFER_IN_PULL. */
	abstract String pullArticle();

	/** The article the rule set cites for TRANSFER_IN_EMPLOYEE_CHECK. */
	abstract String employeeCheckArticle();

	void assertOverdue(String instance, String key, String article) {
		assertThat(this.jdbc.queryForObject("select article from overdue_item where process_instance_id = ?"
				+ " and deadline_key = ? and resolved_at is null", String.class, instance, key)).isEqualTo(article);
	}

	Task task(String instance, String key) {
		List<Task> found = this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
		assertThat(found).as(key).hasSize(1);
		return found.get(0);
	}

	List<Job> dueTimers(String instance) {
		return this.management.createJobQuery().processInstanceId(instance).timers().executable().list();
	}

	void fireDueTimers(String instance) {
		List<Job> timers = dueTimers(instance);
		assertThat(timers).as("a due deadline timer").isNotEmpty();
		timers.forEach(j -> this.management.executeJob(j.getId()));
		EngineJobs.runContinuations(this.management, instance);
	}

	static void at(LocalDateTime time) {
		ClockUtil.setCurrentTime(Date.from(time.atZone(ZONE).toInstant()));
	}

	static Date endOf(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atTime(23, 59, 59).atZone(ZONE).toInstant());
	}

}

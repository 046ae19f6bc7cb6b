package vn.gov.cbccvc.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.organisation.OrganisationService;
import vn.gov.cbccvc.organisation.UnitCommands;
import vn.gov.cbccvc.organisation.UnitKind;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.support.EngineJobs;

/**
 * The deadline of each kind of move with the real working-day calendar of 2026 and the rule set of each subclass,
 * counted from a decision in effect from Fri 13/02/2026 across the weekend and Tết (16–20/02 not counted): the hand-over
 * task is due at the end of the last allowed day, nothing is overdue that afternoon, the next morning the missed
 * deadline is recorded with the rule set's article and escalated to the head of the acting unit (the district for
 * communes of one district under DN Art. 8.2).
 */
abstract class TransferDeadlinesContract {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final AtomicInteger SECTIONS = new AtomicInteger();

	@Autowired
	TransferService transfers;

	@Autowired
	PersonService people;

	@Autowired
	ProfileService profiles;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisation;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	/** One kind of move under the subclass's rule set. */
	record Case(long fromUnitId, long toUnitId, TransferKind kind, long actingUnitId, LocalDate dueDay,
			String article) {
	}

	abstract List<Case> cases();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void sendingClerkMissesTheMoveDeadlineAcrossTet_escalatedToTheActingHeadWithTheRuleSetsArticle() {
		for (Case c : cases()) {
			PersonView person = TransferFixtures.activePerson(this.people, this.profiles, this.accounts, c.fromUnitId());
			at(LocalDateTime.of(2026, 2, 13, 9, 0));
			TransferView view = this.transfers.startMove(new StartTransfer(person.id(), c.toUnitId(),
					c.kind() == TransferKind.WITHIN_UNIT ? "Phòng Tổ chức cán bộ" : null, null, "5/QĐ",
					LocalDate.of(2026, 2, 13), null, null, null), "clerk");
			assertThat(view.kind()).isEqualTo(c.kind());
			assertThat(view.sendingUnitId()).isEqualTo(c.actingUnitId());
			String instance = view.processInstanceId();
			EngineJobs.runDue(this.management, instance);

			Task handOver = task(instance, TransferProcess.TASK_HAND_OVER);
			assertThat(handOver.getDueDate()).as(c.kind().name()).isEqualTo(endOf(c.dueDay()));
			assertThat(handOver.getFollowUpDate()).isBefore(handOver.getDueDate());
			assertThat(this.tasks.getIdentityLinksForTask(handOver.getId()))
				.anyMatch(l -> Roles.unitRoleGroup(c.actingUnitId(), Roles.CLERK).equals(l.getGroupId()));

			at(c.dueDay().atTime(17, 0));
			assertThat(dueTimers(instance)).isEmpty();
			at(c.dueDay().plusDays(1).atTime(8, 0));
			dueTimers(instance).forEach(j -> this.management.executeJob(j.getId()));
			EngineJobs.runContinuations(this.management, instance);

			Task followUp = task(instance, TransferProcess.TASK_FOLLOW_UP_HAND_OVER);
			assertThat(this.tasks.getIdentityLinksForTask(followUp.getId()))
				.anyMatch(l -> Roles.unitRoleGroup(c.actingUnitId(), Roles.HEAD).equals(l.getGroupId()));
			assertThat(this.jdbc.queryForObject("select article from overdue_item where process_instance_id = ?"
					+ " and resolved_at is null", String.class, instance)).isEqualTo(c.article());
			this.transfers.withdraw(view.id(), "Dọn dữ liệu kiểm thử", "clerk");
			EngineJobs.runContinuations(this.management, instance);
		}
	}

	long unitOf(String login) {
		return this.accounts.get(login).unitId();
	}

	long childOf(long parentId, UnitKind kind, int index) {
		return this.directory.childrenOf(parentId).stream().filter(u -> u.kind() == kind).toList().get(index).id();
	}

	long newSectionOf(long unitId) {
		return this.organisation
			.create(new UnitCommands.Create(unitId, UnitKind.SECTION, "Phòng thử nghiệm " + SECTIONS.incrementAndGet(),
					null, null, null))
			.id();
	}

	Task task(String instance, String key) {
		List<Task> found = this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).list();
		assertThat(found).as(key).hasSize(1);
		return found.get(0);
	}

	List<Job> dueTimers(String instance) {
		return this.management.createJobQuery().processInstanceId(instance).timers().executable().list();
	}

	static void at(LocalDateTime time) {
		ClockUtil.setCurrentTime(Date.from(time.atZone(ZONE).toInstant()));
	}

	static Date endOf(LocalDate day) {
		return Date.from(day.atTime(23, 59, 59).atZone(ZONE).toInstant());
	}


}

package vn.gov.cbccvc.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
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

import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.SampleCv;
import vn.gov.cbccvc.profile.cv.Sex;
import vn.gov.cbccvc.security.Roles;

/**
 * The onboarding's deadlines with the real working-day calendar of 2026 and the rule set of each subclass: the
 * engine clock is moved across weekends, Tết, the Hùng Kings make-up day, 30/4–1/5, the swapped Saturday 22/8 and
 * National Day; each missed deadline is recorded, reminded and escalated to the role the rule set names.
 */
abstract class OnboardingDeadlinesContract {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final AtomicInteger SERIAL = new AtomicInteger(500);

	@Autowired
	OnboardingService onboardings;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	IdentityService identity;

	@Autowired
	ProfileService profiles;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	long unitId;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		this.identity.clearAuthentication();
	}

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	/** The article the rule set cites for a deadline key, e.g. HY Art. 10.1. */
	abstract String article(String deadlineKey);

	@Test
	void clerkMissesAccountDeadlineOverTet_escalatesToHead() {
		at(2026, 2, 13, 9);
		String instance = start(LocalDate.of(2026, 2, 13));

		Task confirm = task(instance, "Task_ConfirmAccountCreation");
		// 5 working days from Fri 13/02: Tết (16–20/02) and two weekends are skipped
		assertThat(confirm.getDueDate()).isEqualTo(endOf(2026, 2, 27));
		assertThat(confirm.getFollowUpDate()).isEqualTo(startOf(2026, 2, 25));

		at(2026, 2, 27, 17);
		assertThat(dueTimers(instance)).isEmpty();
		at(2026, 2, 28, 8);
		fireDueTimers(instance);

		Task followUp = task(instance, "Task_FollowUpAccountCreation");
		assertThat(this.tasks.getIdentityLinksForTask(followUp.getId())).anyMatch(
				l -> Roles.unitRoleGroup(this.unitId, Roles.HEAD).equals(l.getGroupId()));
		assertOverdueRecorded(instance, "ACCOUNT_CREATION");

		// the clerk finally confirms: the follow-up disappears, the overdue item is resolved
		this.tasks.complete(confirm.getId());
		runJobs();
		assertThat(this.tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_FollowUpAccountCreation")
			.count()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from overdue_item where process_instance_id = ?"
				+ " and resolved_at is null", Integer.class, instance)).isZero();
	}

	@Test
	void employeeMissesSelfEntryOverMayHolidays_remindedAndEscalatedToClerk() {
		at(2026, 4, 24, 9);
		String instance = start(LocalDate.of(2026, 4, 23));
		accountIssued(instance);

		Task entry = task(instance, "Task_EnterProfile");
		// from Fri 24/04: Mon 27/04 (Hùng Kings made up), 30/04 and 01/05 and the weekends are skipped
		assertThat(entry.getDueDate()).isEqualTo(endOf(2026, 5, 6));

		at(2026, 5, 7, 0);
		fireDueTimers(instance);

		assertThat(this.tasks.getIdentityLinksForTask(task(instance, "Task_FollowUpSelfEntry").getId())).anyMatch(
				l -> Roles.unitRoleGroup(this.unitId, Roles.CLERK).equals(l.getGroupId()));
		assertOverdueRecorded(instance, "SELF_ENTRY");
		assertThat(this.jdbc.queryForObject("select count(*) from notification where recipient = ?"
				+ " and kind = 'OVERDUE_REMINDER'", Integer.class, entry.getAssignee())).isPositive();
	}

	@Test
	void headMissesApprovalDeadlineAcrossNationalDay_escalatesToManager_orRecordWaitsForTheMonthlyWindow() {
		at(2026, 8, 19, 9);
		String instance = start(LocalDate.of(2026, 8, 18));
		accountIssued(instance);
		String employee = task(instance, "Task_EnterProfile").getAssignee();
		this.profiles.saveDraft(personOf(instance), SampleCv.full(SampleCv.identity(employee, Sex.MALE,
				SampleCv.BIRTH)), null, employee);
		this.tasks.complete(task(instance, "Task_EnterProfile").getId());
		runJobs();

		at(2026, 8, 21, 10);
		this.identity.setAuthentication("clerk", List.of(Roles.CLERK, Roles.unitRoleGroup(this.unitId, Roles.CLERK)));
		this.tasks.complete(task(instance, "Task_ReviewProfile").getId(),
				java.util.Map.of(OnboardingProcess.REVIEW_PASSED, true));
		this.identity.clearAuthentication();
		runJobs();

		if (approvalInMonthlyWindow()) {
			assertThat(this.runtime.createExecutionQuery().processInstanceId(instance)
				.activityId("Task_AwaitMonthlyWindow").count()).isEqualTo(1);
			assertThat(this.jdbc.queryForObject("select count(*) from approval_queue where process_instance_id = ?",
					Integer.class, instance)).isEqualTo(1);
			return;
		}
		Task approve = task(instance, "Task_ApproveProfile");
		assertThat(approve.getDueDate()).isEqualTo(expectedApprovalDue());
		Date due = approve.getDueDate();
		at(LocalDateTime.ofInstant(due.toInstant(), ZONE).plusSeconds(2));
		fireDueTimers(instance);

		assertThat(this.tasks.getIdentityLinksForTask(task(instance, "Task_FollowUpApproval").getId()))
			.anyMatch(l -> Roles.MANAGER.equals(l.getGroupId()));
		assertOverdueRecorded(instance, "HEAD_APPROVAL");
	}

	@Test
	void reviewerAndHeadReturnTheRecord_employeeGetsReasonsAndAFreshDeadlineEachTime() {
		at(2026, 3, 2, 9);
		String instance = start(LocalDate.of(2026, 3, 2));
		accountIssued(instance);
		long personId = personOf(instance);
		String employee = task(instance, "Task_EnterProfile").getAssignee();
		this.profiles.saveDraft(personId, SampleCv.full(SampleCv.identity(employee, Sex.MALE, SampleCv.BIRTH)), null,
				employee);

		// round 1: the reviewer returns it
		this.tasks.complete(task(instance, "Task_EnterProfile").getId());
		runJobs();
		at(2026, 3, 4, 9);
		review(instance, false, "Thiếu bản sao bằng đại học");
		Task again = task(instance, "Task_EnterProfile");
		// a fresh 5-working-day deadline from Wed 04/03
		assertThat(again.getDueDate()).isEqualTo(endOf(2026, 3, 11));
		assertThat(this.jdbc.queryForObject("select locked_for_editing from profile_draft where person_id = ?",
				Boolean.class, personId)).isFalse();

		// round 2: passes review; where the head decides alone, the head returns it
		this.tasks.complete(again.getId());
		runJobs();
		review(instance, true, null);
		if (!approvalInMonthlyWindow()) {
			this.identity.setAuthentication("head", List.of(Roles.HEAD, Roles.unitRoleGroup(this.unitId, Roles.HEAD)));
			this.tasks.complete(task(instance, "Task_ApproveProfile").getId(), java.util.Map.of(
					OnboardingProcess.HEAD_APPROVED, false, OnboardingProcess.APPROVAL_REASONS, "Sai hệ số lương"));
			this.identity.clearAuthentication();
			runJobs();
			assertThat(task(instance, "Task_EnterProfile")).isNotNull();
		}
		assertThat(this.jdbc.queryForList("select step from onboarding_return r join onboarding o"
				+ " on o.id = r.onboarding_id where o.process_instance_id = ? order by r.returned_at", String.class,
				instance)).isEqualTo(approvalInMonthlyWindow() ? List.of("REVIEW") : List.of("REVIEW", "APPROVAL"));
	}

	void review(String instance, boolean passed, String reasons) {
		this.identity.setAuthentication("clerk", List.of(Roles.CLERK, Roles.unitRoleGroup(this.unitId, Roles.CLERK)));
		java.util.Map<String, Object> vars = new java.util.HashMap<>();
		vars.put(OnboardingProcess.REVIEW_PASSED, passed);
		vars.put(OnboardingProcess.REVIEW_REASONS, reasons);
		this.tasks.complete(task(instance, "Task_ReviewProfile").getId(), vars);
		this.identity.clearAuthentication();
		runJobs();
	}

	@Autowired
	OnboardingRules rules;

	@Autowired
	vn.gov.cbccvc.organisation.OrganisationDirectory organisation;

	@Test
	void headsOwnRecord_goesToTheAuthorisedDeputy() {
		var head = this.accounts.get("head");
		var unit = this.organisation.findUnit(head.unitId()).orElseThrow();
		String approver = (String) this.rules.forNewcomer(head.personId(), unit.id()).get(OnboardingProcess.APPROVER_GROUP);
		assertThat(approver).isEqualTo(Roles.unitRoleGroup(unit.id(), Roles.DEPUTY));
		long clerkPerson = this.accounts.get("clerk").personId();
		assertThat(this.rules.forNewcomer(clerkPerson, unit.id()).get(OnboardingProcess.APPROVER_GROUP))
			.isEqualTo(Roles.unitRoleGroup(unit.id(), Roles.HEAD));
	}

	@Test
	void communeStaffAccount_isCreatedByTheDistrictWhereTheRuleSetSaysSo() {
		long district = this.accounts.get("clerk.huyen").unitId();
		long commune = this.organisation.childrenOf(district).get(0).id();
		String group = (String) this.rules.forNewcomer(-1, commune).get(OnboardingProcess.ACCOUNT_GROUP);
		assertThat(group).isEqualTo(Roles.unitRoleGroup(districtCreatesCommuneAccounts() ? district : commune,
				Roles.CLERK));
	}

	/** DN Art. 6.3. */
	boolean districtCreatesCommuneAccounts() {
		return false;
	}

	/** Whether the rule set approves in monthly windows (TT06 Art. 7.1, DN Art. 7.1). */
	abstract boolean approvalInMonthlyWindow();

	/** The end of the day the head's approval is due when the record was locked on Fri 21/08/2026. */
	abstract Date expectedApprovalDue();

	// ---------------------------------------------------------------------------------------------------

	String start(LocalDate decisionDate) {
		this.unitId = this.accounts.get("clerk").unitId();
		String personalId = "001085" + String.format("%06d", SERIAL.incrementAndGet() + (int) (Math.random() * 400_000));
		OnboardingView view = this.onboardings.start(new StartOnboarding(personalId, "Nguyễn Văn An", Sex.MALE,
				SampleCv.BIRTH, this.unitId, PersonCategory.CIVIL_SERVANT, RecruitmentBasis.DECISION, "12/QĐ",
				decisionDate, null), "clerk");
		runJobs();
		return view.processInstanceId();
	}

	void accountIssued(String instance) {
		this.tasks.complete(task(instance, "Task_ConfirmAccountCreation").getId());
		runJobs();
	}

	long personOf(String instance) {
		return ((Number) this.runtime.getVariable(instance, OnboardingProcess.PERSON_ID)).longValue();
	}

	void assertOverdueRecorded(String instance, String key) {
		assertThat(this.jdbc.queryForObject("select article from overdue_item where process_instance_id = ?"
				+ " and deadline_key = ? and resolved_at is null", String.class, instance, key)).isEqualTo(article(key));
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
		runJobs();
	}

	void runJobs() {
		EngineJobs.runContinuations(this.management, null);
	}

	static void at(int year, int month, int day, int hour) {
		at(LocalDateTime.of(year, month, day, hour, 0));
	}

	static void at(LocalDateTime time) {
		ClockUtil.setCurrentTime(Date.from(time.atZone(ZONE).toInstant()));
	}

	static Date endOf(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atTime(23, 59, 59).atZone(ZONE).toInstant());
	}

	static Date startOf(int year, int month, int day) {
		return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZONE).toInstant());
	}

}

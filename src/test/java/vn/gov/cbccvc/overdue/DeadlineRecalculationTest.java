package vn.gov.cbccvc.overdue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.onboarding.OnboardingService;
import vn.gov.cbccvc.onboarding.RecruitmentBasis;
import vn.gov.cbccvc.onboarding.StartOnboarding;
import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.profile.cv.Sex;

/**
 * DoHA announces an extra day off after deadlines were set: the open deadline timer and its task move with the
 * calendar (a deadline is never left on an outdated calendar).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class DeadlineRecalculationTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	OnboardingService onboardings;

	@Autowired
	AccountService accounts;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@AfterAll
	static void forgetSpringEngine() {
		BpmnAwareTests.reset();
	}

	@Test
	void extraDayOffAnnouncedLater_movesTheOpenAccountDeadlineAndItsTask() {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 2, 13, 9, 0).atZone(ZONE).toInstant()));
		String instance = this.onboardings.start(new StartOnboarding("001085777090", "Nguyễn Văn An", Sex.MALE,
				LocalDate.of(1985, 3, 14), this.accounts.get("clerk").unitId(), PersonCategory.CIVIL_SERVANT,
				RecruitmentBasis.DECISION, "7/QĐ", LocalDate.of(2026, 2, 13), null), "clerk").processInstanceId();
		runJobs();
		Task confirm = this.tasks.createTaskQuery().processInstanceId(instance)
			.taskDefinitionKey("Task_ConfirmAccountCreation").singleResult();
		// HY Art. 10.1: 5 working days from Fri 13/02, after Tết
		assertThat(confirm.getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 2, 27)));

		// DoHA loads 2026 again with Tue 24/02 given off
		JsonNode year = this.rest.withBasicAuth("doha", "demo").getForObject("/api/calendar/years/2026", JsonNode.class);
		ObjectNode body = year.deepCopy();
		List<JsonNode> days = new ArrayList<>();
		body.withArray("days").forEach(days::add);
		days.add(this.json.valueToTree(Map.of("date", "2026-02-24", "kind", "SWAPPED_DAY_OFF", "nameVi",
				"Nghỉ bù thêm", "nameEn", "Extra day off")));
		body.putArray("days").addAll(days);
		var answer = this.rest.withBasicAuth("doha", "demo").exchange("/api/calendar/years/2026", HttpMethod.PUT,
				new HttpEntity<>(body), String.class);
		assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);

		Job timer = this.management.createJobQuery().processInstanceId(instance).timers().singleResult();
		assertThat(timer.getDuedate()).isEqualTo(endOf(LocalDate.of(2026, 3, 2)));
		assertThat(this.tasks.createTaskQuery().taskId(confirm.getId()).singleResult().getDueDate())
			.isEqualTo(endOf(LocalDate.of(2026, 3, 2)));
	}

	private void runJobs() {
		EngineJobs.runContinuations(this.management, null);
	}

	static Date endOf(LocalDate day) {
		return Date.from(day.atTime(23, 59, 59).atZone(ZONE).toInstant());
	}

}

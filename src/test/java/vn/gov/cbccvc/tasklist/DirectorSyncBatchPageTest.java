package vn.gov.cbccvc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.gov.cbccvc.approval.EngineClock;
import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.sync.SyncQueue;

/**
 * The DoHA director's page behind the Tasklist task "Giám đốc Sở Nội vụ ký số lô đồng bộ" (HY Art. 8.4), in a real
 * browser: the month's batch lists whose records are in it; one version is sent back with a reason, the rest are
 * signed with one signature. Skipped where no Chromium is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "app.demo.enabled=true", "app.jurisdiction=HY" })
@ActiveProfiles("test")
class DirectorSyncBatchPageTest {

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	SyncQueue queue;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() {
		Optional<Path> chromium = TasklistBrowserTest.chromiumOnPath();
		assumeTrue(chromium.isPresent(), "no chromium on PATH");
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium.get())
			.setHeadless(true)
			.setArgs(List.of("--disable-background-networking", "--disable-component-update", "--no-first-run")));
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
		BpmnAwareTests.reset();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void directorSendsOneVersionBackWithAReason_andSignsTheRestOfTheMonthsBatch() {
		List<Map<String, Object>> versions = this.jdbc.queryForList(
				"select id, person_id from profile_version order by id fetch first 3 rows only");
		assertThat(versions).hasSize(3);
		versions.forEach(v -> this.queue.enqueue(((Number) v.get("id")).longValue(),
				((Number) v.get("person_id")).longValue()));
		long sentBack = ((Number) versions.get(0).get("id")).longValue();

		// inside November 2026's window (the last five working days: 24–30 November)
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 11, 26, 9, 0).atZone(EngineClock.ZONE).toInstant()));
		String batchInstance = this.runtime.startProcessInstanceByKey("Process_SyncBatch").getId();
		EngineJobs.runDue(this.management, batchInstance);
		Task task = this.tasks.createTaskQuery().processInstanceId(batchInstance)
			.taskDefinitionKey("Task_DirectorSignsBatch").singleResult();
		assertThat(task).as("the director's task of the month").isNotNull();

		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("vi-VN"))) {
			page.setDefaultTimeout(30_000);
			page.navigate(url("/ho-so/ky-lo-dong-bo.html?taskId=" + task.getId() + "&callbackUrl=/camunda/app/tasklist/"));
			page.waitForURL("**/ho-so/dang-nhap.html**");
			page.locator("#username").fill("doha");
			page.locator("#password").fill("demo");
			page.locator("button[type=submit]").click();
			page.waitForURL("**/ho-so/ky-lo-dong-bo.html**");
			Locator line = page.locator("#lines tbody tr[data-version='" + sentBack + "']");
			line.waitFor();
			assertThat(line.locator("td").first().textContent()).isNotBlank();
			line.locator("input[type=checkbox]").check();
			page.locator("#sign").click();
			assertThat(line.locator(".violation").textContent()).as("a return needs its reason")
				.isEqualTo("Cần ghi lý do trả lại.");
			line.locator("textarea").fill("Sai hệ số lương");
			page.locator("#sign").click();
			page.locator("#summary").waitFor();
			page.screenshot(new Page.ScreenshotOptions().setPath(TasklistBrowserTest.SCREENSHOTS.resolve("ky-lo-dong-bo.png"))
				.setFullPage(true));
		}

		// the decided versions are released in chunks, each its own job
		EngineJobs.runContinuations(this.management, batchInstance);
		assertThat(this.queue.statusOf(sentBack)).isEqualTo(SyncQueue.RETURNED_BY_DIRECTOR);
		assertThat(this.jdbc.queryForObject("select reason from sync_queue where version_id = ?", String.class, sentBack))
			.isEqualTo("Sai hệ số lương");
		assertThat(this.jdbc.queryForObject("select status from sync_batch where process_instance_id = ?", String.class,
				batchInstance)).isEqualTo("SIGNED");
		assertThat(this.tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

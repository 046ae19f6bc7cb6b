package vn.gov.cbccvc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.profile.PersonFilter;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.RecordStatus;
import vn.gov.cbccvc.support.EngineJobs;
import vn.gov.cbccvc.sync.SyncQueue;

/**
 * Tasklist in a real browser (the system's Chromium): the demo clerk opens the "Quá hạn" filter and completes an
 * overdue review through its Camunda form; the employee's self-entry page renders. Screenshots land in
 * {@code target/screenshots/}. Skipped where no Chromium is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo.enabled=true")
@ActiveProfiles("test")
class TasklistBrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	TasklistFilterBootstrap filters;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	AccountService accounts;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ManagementService managementService;

	@Autowired
	PersonService people;

	@Autowired
	ProfileService profiles;

	@Autowired
	SyncQueue syncQueue;

	/**
	 * The webapps look the engine up in {@link ProcessEngines}; its first lookup scans the classpath and would
	 * register the plain engine of the engine tests' {@code camunda.cfg.xml} as "default" over the Spring one.
	 */
	@BeforeEach
	void webappsUseTheSpringEngine() {
		ProcessEngines.init();
		ProcessEngines.registerProcessEngine(this.processEngine);
	}

	@BeforeAll
	static void startBrowser() {
		Optional<Path> chromium = chromiumOnPath();
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
	}

	static Optional<Path> chromiumOnPath() {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.flatMap(dir -> List.of("chromium", "chromium-browser").stream().map(name -> Path.of(dir, name)))
			.filter(p -> p.toFile().canExecute())
			.findFirst();
	}

	@Test
	void clerkCompletesAnOverdueReviewFromTheOverdueFilterWithTheCamundaForm() {
		String overdueFilter = this.filters.ensure().get(TaskFilters.OVERDUE);
		Task review = ReviewTasks.start(this.runtimeService, this.taskService, this.accounts,
				OffsetDateTime.now().minusDays(2));

		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("vi-VN"))) {
			page.setDefaultTimeout(60_000);
			page.navigate(url("/camunda/app/tasklist/"));
			// Angular binds the login form after its scripts load; typing earlier is lost on a busy machine,
			// so the login is typed again until the filters show (at most three times).
			Locator username = page.locator("input[ng-model=username]");
			// the filter's name in Tasklist's filter list (its link also holds a hidden task counter)
			Locator overdue = page.locator(".task-filter .name a",
					new Page.LocatorOptions().setHasText(TaskFilters.OVERDUE)).first();
			for (int attempt = 0; attempt < 3 && !overdue.isVisible(); attempt++) {
				page.waitForLoadState(LoadState.NETWORKIDLE);
				if (username.isVisible()) {
					username.fill(ReviewTasks.CLERK);
					page.locator("input[ng-model=password]").fill("demo");
					page.locator("button[type=submit]").click();
				}
				try {
					overdue.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
				}
				catch (com.microsoft.playwright.TimeoutError ex) {
					// not logged in yet: type the login again
				}
			}
			overdue.click();
			page.getByText("Rà soát, đối chiếu với hồ sơ giấy").first().waitFor();

			// The exact task of this test, inside the "Quá hạn" filter.
			page.navigate(url("/camunda/app/tasklist/default/#/?filter=" + overdueFilter + "&task=" + review.getId()));
			Locator claim = page.getByText("Nhận việc", new Page.GetByTextOptions().setExact(true));
			claim.first().click();
			page.getByText("Kết quả rà soát").first().waitFor();
			page.getByLabel("Đạt", new Page.GetByLabelOptions().setExact(true)).check();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tasklist-review.png")).setFullPage(true));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Hoàn thành").setExact(true)).click();
			for (int i = 0; i < 100 && this.taskService.createTaskQuery().taskId(review.getId()).count() > 0; i++) {
				page.waitForTimeout(200);
			}
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tasklist-review-done.png")));
		}

		assertThat(this.taskService.createTaskQuery().taskId(review.getId()).count()).isZero();
		// The gateway read reviewPassed as a boolean: the instance waits at the (async) lock of the profile.
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(review.getProcessInstanceId())
			.activityIdIn("Task_LockProfile").count()).isEqualTo(1);
		assertThat(this.historyService.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
			.variableName("reviewPassed").singleResult().getValue()).isEqualTo(Boolean.TRUE);
	}

	@Test
	void employeeLogsInFromTheTaskLink_seesTheWholeCvAndSubmitsTheSelfEntry() {
		Task entry = ReviewTasks.startSelfEntry(this.runtimeService, this.taskService, this.accounts);

		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("vi-VN"))) {
			page.setDefaultTimeout(30_000);
			page.navigate(url("/ho-so/ke-khai.html?taskId=" + entry.getId() + "&callbackUrl=/camunda/app/tasklist/"));
			page.waitForURL("**/ho-so/dang-nhap.html**");
			page.locator("#username").fill(ReviewTasks.EMPLOYEE);
			page.locator("#password").fill("demo");
			page.locator("button[type=submit]").click();
			page.waitForURL("**/ho-so/ke-khai.html**");
			// the draft is loaded into the generated CV form: the birth name of the demo employee is there
			page.waitForFunction("() => [...document.querySelectorAll('input')].some(i => i.value === 'ĐẶNG VĂN HÙNG')");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ke-khai.png")).setFullPage(false));
			page.locator("#submit").click();
			for (int i = 0; i < 100 && this.taskService.createTaskQuery().taskId(entry.getId()).count() > 0; i++) {
				page.waitForTimeout(200);
			}
		}

		// saved through the form (round trip of every section) and submitted: the review is next
		assertThat(this.taskService.createTaskQuery().taskId(entry.getId()).count()).isZero();
		assertThat(this.taskService.createTaskQuery().processInstanceId(entry.getProcessInstanceId())
			.taskDefinitionKey("Task_ReviewProfile").count()).isEqualTo(1);
	}

	@Test
	void clerkSeesEachVersionsNationalSyncStateOnTheProfilePage() {
		long unitId = this.accounts.get(ReviewTasks.CLERK).unitId();
		// an approved demo record of the clerk's unit; its signed version waits for the sync (job executor off)
		var version = this.people.search(new PersonFilter(unitId, RecordStatus.ACTIVE, null, null), PageRequest.of(0, 50))
			.stream()
			.flatMap(p -> this.profiles.versions(p.id()).stream())
			.findFirst()
			.orElseThrow();
		this.syncQueue.enqueue(version.id(), version.personId());

		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("vi-VN"))) {
			page.setDefaultTimeout(30_000);
			page.navigate(url("/ho-so/ho-so.html?personId=" + version.personId()));
			page.waitForURL("**/ho-so/dang-nhap.html**");
			page.locator("#username").fill(ReviewTasks.CLERK);
			page.locator("#password").fill("demo");
			page.locator("button[type=submit]").click();
			page.waitForURL("**/ho-so/ho-so.html**");
			Locator row = page.locator("#sync tbody tr[data-status=QUEUED]");
			row.waitFor();
			assertThat(row.locator("td").nth(0).textContent()).isEqualTo(String.valueOf(version.versionNo()));
			assertThat(row.locator("td").nth(1).textContent()).isEqualTo("Chờ gửi");
			assertThat(row.locator("td").nth(3).textContent()).startsWith("đã chờ ");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ho-so-dong-bo.png")).setFullPage(true));
		}
	}

	@Test
	void employeeProposesAChangeOfDataOnTheChangePage_withTheNewPhoneNumber_andTheReviewIsNext() {
		// the deputy's record is approved in the demo data; she declares a new phone number (TT06 Art. 6.3)
		long personId = this.accounts.get("deputy").personId();
		JsonNode started = RestClient.create(url("")).post().uri("/api/data-changes")
			.headers(h -> h.setBasicAuth("deputy", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("personId", personId, "eventDate", LocalDate.now().toString(), "summary", "Đổi số điện thoại"))
			.retrieve()
			.body(JsonNode.class);
		String instance = started.get("processInstanceId").asText();
		Task propose = this.taskService.createTaskQuery().processInstanceId(instance)
			.taskDefinitionKey("Task_CompleteProposal").singleResult();

		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("vi-VN"))) {
			page.setDefaultTimeout(30_000);
			page.navigate(url("/ho-so/ke-khai-thay-doi.html?taskId=" + propose.getId() + "&callbackUrl=/camunda/app/tasklist/"));
			page.waitForURL("**/ho-so/dang-nhap.html**");
			page.locator("#username").fill("deputy");
			page.locator("#password").fill("demo");
			page.locator("button[type=submit]").click();
			page.waitForURL("**/ho-so/ke-khai-thay-doi.html**");
			Locator phone = page.locator("[data-path='identity.phone']");
			phone.waitFor();
			phone.fill("0912345678");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("ke-khai-thay-doi.png")).setFullPage(false));
			page.locator("#submit").click();
			for (int i = 0; i < 100 && this.taskService.createTaskQuery().taskId(propose.getId()).count() > 0; i++) {
				page.waitForTimeout(200);
			}
		}

		assertThat(this.taskService.createTaskQuery().taskId(propose.getId()).count()).isZero();
		assertThat(this.profiles.getDraft(personId).content().identity().phone()).isEqualTo("0912345678");
		// the approved version is untouched until the head signs (HY Art. 10.5)
		assertThat(this.profiles.versions(personId)).hasSize(1);
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
	}

	@Test
	void receivingClerkAcceptsAMoveInTasklist_fromTheTransfersFilter_withItsCamundaForm() {
		this.filters.ensure();
		long education = this.accounts.get(ReviewTasks.CLERK).unitId();
		long health = this.accounts.get("clerk.yte").unitId();
		long deputy = this.accounts.get("deputy").personId();
		long personId = this.people.search(new PersonFilter(education, RecordStatus.ACTIVE, null, null), PageRequest.of(0, 50))
			.stream()
			.filter(p -> p.id() != deputy && !this.profiles.versions(p.id()).isEmpty())
			.reduce((first, second) -> second)
			.orElseThrow()
			.id();
		RestClient api = RestClient.create(url(""));
		JsonNode started = api.post().uri("/api/transfers").headers(h -> h.setBasicAuth(ReviewTasks.CLERK, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("personId", personId, "toUnitId", health, "decisionNumber", "21/QĐ-UBND", "decisionDate",
					LocalDate.now().toString()))
			.retrieve()
			.body(JsonNode.class);
		String instance = started.get("processInstanceId").asText();
		EngineJobs.runDue(this.managementService, instance);
		Task handOver = this.taskService.createTaskQuery().processInstanceId(instance)
			.taskDefinitionKey("Task_HandOverRecord").singleResult();
		api.post().uri("/api/transfer-tasks/" + handOver.getId() + "/hand-over")
			.headers(h -> h.setBasicAuth(ReviewTasks.CLERK, "demo"))
			.retrieve()
			.toBodilessEntity();
		EngineJobs.runDue(this.managementService, instance);
		Task accept = this.taskService.createTaskQuery().processInstanceId(instance)
			.taskDefinitionKey("Task_AcceptRecord").singleResult();

		try (Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900).setLocale("vi-VN"))) {
			page.setDefaultTimeout(60_000);
			page.navigate(url("/camunda/app/tasklist/"));
			Locator username = page.locator("input[ng-model=username]");
			Locator transfers = page.locator(".task-filter .name a",
					new Page.LocatorOptions().setHasText(TaskFilters.TRANSFERS)).first();
			for (int attempt = 0; attempt < 3 && !transfers.isVisible(); attempt++) {
				page.waitForLoadState(LoadState.NETWORKIDLE);
				if (username.isVisible()) {
					username.fill("clerk.yte");
					page.locator("input[ng-model=password]").fill("demo");
					page.locator("button[type=submit]").click();
				}
				try {
					transfers.waitFor(new Locator.WaitForOptions().setTimeout(20_000));
				}
				catch (com.microsoft.playwright.TimeoutError ex) {
					// not logged in yet: type the login again
				}
			}
			transfers.click();
			page.locator(".tasks-list .task a", new Page.LocatorOptions().setHasText(accept.getName())).first().click();
			page.getByText("Nhận việc", new Page.GetByTextOptions().setExact(true)).first().click();
			Locator acceptChoice = page.getByLabel("Tiếp nhận", new Page.GetByLabelOptions().setExact(true));
			acceptChoice.waitFor();
			// the reasons appear only for a refusal
			page.getByLabel("Từ chối, trả lại đơn vị chuyển", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByText("Lý do từ chối (bắt buộc khi từ chối)").first().waitFor();
			acceptChoice.check();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tasklist-tiep-nhan.png")).setFullPage(true));
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Hoàn thành").setExact(true)).click();
			for (int i = 0; i < 100 && this.taskService.createTaskQuery().taskId(accept.getId()).count() > 0; i++) {
				page.waitForTimeout(200);
			}
		}

		assertThat(this.taskService.createTaskQuery().taskId(accept.getId()).count()).isZero();
		assertThat(this.taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_SignTransfer")
			.count()).as("accepted: the receiving head signs next").isOne();
		this.runtimeService.deleteProcessInstance(instance, "browser test done");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

package vn.gov.cbccvc.e2e;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.signature.KeyProvisioning;
import vn.gov.cbccvc.support.EmbeddedPostgres;

/**
 * A province node as a Spring application in this JVM, on its own PostgreSQL database and port, with its own
 * process engine name (several engines share the JVM's engine registry) and the Camunda webapps off (they keep
 * JVM-wide state). The job executor and the national sync worker run, as in production: the test drives the node
 * only through its REST API and watches its tasks and tables.
 */
final class ProvinceNode implements AutoCloseable {

	static final String DEMO_PASSWORD = "demo";

	private final ConfigurableApplicationContext context;

	private final RestClient rest;

	private ProvinceNode(ConfigurableApplicationContext context, int port) {
		this.context = context;
		this.rest = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			// statuses are the test's to assert: no exception on 4xx/5xx
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	/**
	 * @param engineName distinct per node in this JVM
	 * @param jurisdiction the rule set in force, e.g. {@code HY}, {@code HCM}
	 */
	static ProvinceNode start(String engineName, String jurisdiction, String provinceCode, String clientId,
			String nationalUrl) {
		int port = Ports.free();
		List<String> args = new ArrayList<>(List.of("--server.port=" + port,
				"--spring.datasource.url=" + EmbeddedPostgres.newDatabase(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.hikari.maximum-pool-size=5",
				"--spring.datasource.hikari.minimum-idle=1", "--spring.main.banner-mode=off",
				"--spring.application.name=" + engineName, "--camunda.bpm.process-engine-name=" + engineName,
				"--camunda.bpm.webapp.enabled=false", "--camunda.bpm.job-execution.enabled=true",
				"--app.jurisdiction=" + jurisdiction, "--app.demo.enabled=true", "--app.sync.national-url=" + nationalUrl,
				"--app.sync.province-code=" + provinceCode, "--app.sync.agency-code=000.00.00." + provinceCode,
				"--app.sync.username=" + clientId, "--app.sync.password=secret-" + clientId,
				"--app.sync.connect-timeout=1s", "--app.sync.read-timeout=10s", "--app.sync.worker.enabled=true",
				"--app.sync.worker.retries=20", "--app.sync.worker.retry-base=200ms", "--app.sync.worker.retry-max=1s",
				"--app.sync.worker.idle-wait=50ms", "--app.sync.worker.idle-wait-max=300ms",
				"--app.sync.worker.lock-duration=30s"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CbccvcApplication.class)
			.run(args.toArray(String[]::new));
		return new ProvinceNode(context, port);
	}

	/** The national node's client for this province: its id, the password {@link #start} gave it, its code. */
	static NationalNode.Client clientOf(String clientId, String provinceCode) {
		return new NationalNode.Client(clientId, "secret-" + clientId, provinceCode);
	}

	X509Certificate demoCa() {
		return this.context.getBean(KeyProvisioning.class).demoCaCertificate();
	}

	JdbcTemplate jdbc() {
		return this.context.getBean(JdbcTemplate.class);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** The one open task of {@code key} in the instance, once the job executor has got it there. */
	Task awaitTask(String processInstanceId, String key) {
		TaskService tasks = bean(TaskService.class);
		Waits.until("task " + key, java.time.Duration.ofSeconds(60),
				() -> tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).count() == 1,
				() -> tasks.createTaskQuery().processInstanceId(processInstanceId).list().toString());
		return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
	}

	ResponseEntity<JsonNode> get(String user, String password, String path) {
		return this.rest.get().uri(path).headers(h -> auth(h, user, password)).retrieve().toEntity(JsonNode.class);
	}

	ResponseEntity<JsonNode> post(String user, String password, String path, Object body) {
		return send("POST", user, password, path, body);
	}

	ResponseEntity<JsonNode> put(String user, String password, String path, Object body) {
		return send("PUT", user, password, path, body);
	}

	private ResponseEntity<JsonNode> send(String method, String user, String password, String path, Object body) {
		return this.rest.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.headers(h -> auth(h, user, password))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body == null ? Map.of() : body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	/** Whether the node maps {@code path} at all (405 for a POST-only mapping counts): for features still being built. */
	boolean hasEndpoint(String path) {
		return get("doha", DEMO_PASSWORD, path).getStatusCode().value() != 404;
	}

	private static void auth(HttpHeaders headers, String user, String password) {
		headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.context.close();
	}

}

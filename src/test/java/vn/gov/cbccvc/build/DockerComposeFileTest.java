package vn.gov.cbccvc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so its wiring is checked against the repo:
 * the Dockerfile it builds, the placeholders the {@code postgres} profile reads, a healthy database first.
 */
class DockerComposeFileTest {

	/** ${NAME} or ${NAME:default} in Spring YAML. */
	private static final Pattern SPRING_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

	/** Variables the platform itself reads, not our YAML. */
	private static final Set<String> PLATFORM_VARIABLES = Set.of("SPRING_PROFILES_ACTIVE", "TZ", "JAVA_OPTS");

	private static JsonNode compose;

	@BeforeAll
	static void readCompose() throws IOException {
		compose = new YAMLMapper().readTree(Path.of("docker-compose.yml").toFile());
	}

	private static JsonNode service(String name) {
		JsonNode service = compose.path("services").path(name);
		assertThat(service.isObject()).as("service %s", name).isTrue();
		return service;
	}

	@Test
	void appIsBuiltFromTheRepositoryDockerfile() {
		JsonNode build = service("app").path("build");
		Path dockerfile = Path.of(build.path("context").asText()).resolve(build.path("dockerfile").asText("Dockerfile"));
		assertThat(build.path("context").asText()).isEqualTo(".");
		assertThat(dockerfile).isRegularFile();
	}

	@Test
	void appStartsOnlyAfterPostgresIsHealthy() {
		assertThat(service("app").path("depends_on").path("postgres").path("condition").asText())
			.isEqualTo("service_healthy");
		assertThat(service("postgres").path("healthcheck").path("test").toString()).contains("pg_isready");
	}

	@Test
	void postgresIsVersion16InTheVietnamTimeZone() {
		JsonNode postgres = service("postgres");
		assertThat(postgres.path("image").asText()).matches("postgres:16([.-].*)?");
		assertThat(postgres.path("environment").path("TZ").asText()).isEqualTo("Asia/Ho_Chi_Minh");
		assertThat(postgres.path("environment").path("PGTZ").asText()).isEqualTo("Asia/Ho_Chi_Minh");
	}

	@Test
	void postgresDataLivesInADeclaredNamedVolume() {
		List<String> mounts = new ArrayList<>();
		service("postgres").path("volumes").forEach(volume -> mounts.add(volume.asText()));
		String dataMount = mounts.stream().filter(m -> m.endsWith(":/var/lib/postgresql/data")).findFirst().orElse("");
		String volumeName = dataMount.substring(0, Math.max(0, dataMount.indexOf(':')));
		assertThat(volumeName).as("named volume for the data directory").matches("[a-zA-Z][a-zA-Z0-9_-]*");
		assertThat(compose.path("volumes").has(volumeName)).as("volume %s declared", volumeName).isTrue();
	}

	@Test
	void appRunsThePostgresProfileWithTheVariablesItReads() throws IOException {
		JsonNode environment = service("app").path("environment");
		assertThat(environment.path("SPRING_PROFILES_ACTIVE").asText()).isEqualTo("postgres");
		assertThat(environment.path("DB_URL").asText()).startsWith("jdbc:postgresql://postgres:5432/");

		// Every placeholder of application-postgres.yaml without a usable default must be set ...
		Set<String> required = new TreeSet<>();
		Set<String> known = new TreeSet<>(PLATFORM_VARIABLES);
		for (String yaml : List.of("application.yaml", "application-postgres.yaml")) {
			Matcher placeholder = SPRING_PLACEHOLDER
				.matcher(Files.readString(Path.of("src/main/resources").resolve(yaml)));
			while (placeholder.find()) {
				known.add(placeholder.group(1));
				boolean noDefault = placeholder.group(2) == null || placeholder.group(2).isEmpty();
				if (yaml.equals("application-postgres.yaml") && (noDefault || placeholder.group(1).startsWith("DB_URL"))) {
					required.add(placeholder.group(1));
				}
			}
		}
		Set<String> given = new TreeSet<>();
		environment.fieldNames().forEachRemaining(given::add);
		assertThat(given).containsAll(required).contains("DB_URL", "DB_USER", "DB_PASSWORD", "APP_JURISDICTION");
		// ... and nothing is set that the application never reads (a typo would be silently ignored).
		assertThat(known).containsAll(given);
	}

	@Test
	void jurisdictionDefaultsToTheNationalCircular() {
		// TT06 is the national rule set (TT06 Art. 1); provinces override it with APP_JURISDICTION.
		assertThat(service("app").path("environment").path("APP_JURISDICTION").asText()).isEqualTo("${APP_JURISDICTION:-TT06}");
	}

	@Test
	void appPublishesPort8080AndBothServicesRestart() {
		assertThat(service("app").path("ports").toString()).contains(":8080");
		assertThat(service("app").path("restart").asText()).isNotBlank().isNotEqualTo("no");
		assertThat(service("postgres").path("restart").asText()).isNotBlank().isNotEqualTo("no");
	}

	@Test
	void credentialsComeFromTheEnvironmentWithDefaults() {
		assertThat(service("postgres").path("environment").path("POSTGRES_PASSWORD").asText()).startsWith("${DB_PASSWORD:-");
		assertThat(service("app").path("environment").path("DB_PASSWORD").asText()).startsWith("${DB_PASSWORD:-");
		assertThat(service("app").path("environment").path("DB_USER").asText()).startsWith("${DB_USER:-");
	}

}

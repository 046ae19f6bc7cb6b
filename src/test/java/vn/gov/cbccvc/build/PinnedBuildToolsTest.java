package vn.gov.cbccvc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Build tools are pinned by version and checksum only: the repo names no package-registry host, so the
 * organisation's mirror (MVNW_REPOURL, npm's own registry setting) decides where they come from.
 */
class PinnedBuildToolsTest {

	private static final Path BPMNLINT = Path.of("src/build/bpmnlint");

	@Test
	void mavenWrapperPinsOnlyAVersionAndItsSha512() throws IOException {
		Properties wrapper = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of(".mvn/wrapper/maven-wrapper.properties"))) {
			wrapper.load(reader);
		}
		assertThat(wrapper.stringPropertyNames()).containsExactlyInAnyOrder("distributionVersion", "distributionSha512Sum");
		assertThat(wrapper.getProperty("distributionVersion")).matches("3\\.9\\.\\d+");
		assertThat(wrapper.getProperty("distributionSha512Sum")).matches("[0-9a-f]{128}");
		assertThat(Path.of("mvnw")).isExecutable();
	}

	@Test
	void bpmnlintPackagesHaveExactVersions() throws IOException {
		JsonNode dependencies = new ObjectMapper().readTree(BPMNLINT.resolve("package.json").toFile()).path("devDependencies");
		assertThat(dependencies.path("bpmnlint").asText()).isEqualTo("11.15.0");
		assertThat(dependencies.path("bpmnlint-plugin-camunda-compat").asText()).isEqualTo("2.61.0");
	}

	@Test
	void lockfileVerifiesEveryPackageByIntegrityWithoutNamingARegistry() throws IOException {
		JsonNode packages = new ObjectMapper().readTree(BPMNLINT.resolve("package-lock.json").toFile()).path("packages");
		assertThat(packages.size()).isGreaterThan(2);
		packages.fields().forEachRemaining(entry -> {
			if (entry.getKey().isEmpty()) {
				return; // the root project itself
			}
			assertThat(entry.getValue().has("resolved")).as("%s has no resolved URL", entry.getKey()).isFalse();
			assertThat(entry.getValue().path("integrity").asText()).as("%s integrity", entry.getKey()).startsWith("sha512-");
		});
		assertThat(Files.readString(BPMNLINT.resolve(".npmrc"))).contains("omit-lockfile-registry-resolved=true");
	}

}

package vn.gov.cbccvc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Dockerfile is not built here (no Docker engine): its structure is checked instead. */
class DockerfileTest {

	private static List<String> instructions;

	@BeforeAll
	static void readDockerfile() throws IOException {
		instructions = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
			String trimmed = line.strip();
			if (trimmed.startsWith("#") && current.isEmpty()) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				current.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			current.append(trimmed);
			if (!current.toString().isBlank()) {
				instructions.add(current.toString());
			}
			current.setLength(0);
		}
	}

	/** Instructions of the last stage: what the running container is made of. */
	private static List<String> runtimeStage() {
		int lastFrom = 0;
		for (int i = 0; i < instructions.size(); i++) {
			if (instructions.get(i).startsWith("FROM ")) {
				lastFrom = i;
			}
		}
		return instructions.subList(lastFrom, instructions.size());
	}

	@Test
	void buildsWithTheJdkAndRunsOnTheJre() {
		List<String> froms = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();
		assertThat(froms).hasSizeGreaterThanOrEqualTo(2);
		assertThat(froms.get(0)).startsWith("FROM eclipse-temurin:17-jdk").contains(" AS build");
		assertThat(froms.get(froms.size() - 1)).startsWith("FROM eclipse-temurin:17-jre");
		assertThat(instructions).anyMatch(i -> i.startsWith("RUN") && i.contains("./mvnw -B") && i.contains("package"));
		assertThat(runtimeStage()).anyMatch(i -> i.startsWith("COPY --from=build"));
	}

	@Test
	void runtimeRunsAsANonRootUser() {
		List<String> users = runtimeStage().stream().filter(i -> i.startsWith("USER ")).toList();
		assertThat(users).isNotEmpty();
		String user = users.get(users.size() - 1).substring(5).strip();
		assertThat(user).isNotIn("root", "0", "0:0");
	}

	@Test
	void runtimeChecksHealthThroughTheActuatorOnPort8080() {
		assertThat(runtimeStage()).anyMatch(i -> i.startsWith("HEALTHCHECK") && i.contains("/actuator/health"));
		assertThat(runtimeStage()).contains("EXPOSE 8080");
	}

	@Test
	void jvmRunsInVietnamTimeWithAMemoryLimitFromTheContainer() {
		String runtime = String.join("\n", runtimeStage());
		assertThat(runtime).contains("-Duser.timezone=Asia/Ho_Chi_Minh").contains("-XX:MaxRAMPercentage=");
	}

	@Test
	void buildContextLeavesLocalStateOut() throws IOException {
		List<String> ignored = Files.readAllLines(Path.of(".dockerignore"));
		assertThat(ignored).contains(".git", "**/target", "**/node_modules", "data");
	}

}

package vn.gov.cbccvc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda ships no Vietnamese for its webapps (CAMUNDA-PRACTICE "Tasklist and Cockpit"): our vi.json must cover
 * every key of the shipped en.json of the same Camunda version, keep its placeholders, and be switched on.
 */
class WebappLocaleTest {

	private static final String WEBAPP = "META-INF/resources/webjars/camunda/app/";

	/** Interpolations ({{name}}), moment.js %d/%s, and HTML tags the UI renders. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]|</?[a-zA-Z][^>]*>");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static JsonNode english(String app) throws IOException {
		try (InputStream in = WebappLocaleTest.class.getClassLoader()
			.getResourceAsStream(WEBAPP + app + "/locales/en.json")) {
			assertThat(in).as("en.json of %s in the Camunda webjar", app).isNotNull();
			return JSON.readTree(in);
		}
	}

	private static JsonNode vietnamese(String app) throws IOException {
		return JSON.readTree(Path.of("src/main/resources", WEBAPP, app, "locales/vi.json").toFile());
	}

	private static Map<String, JsonNode> leaves(JsonNode node) {
		Map<String, JsonNode> leaves = new TreeMap<>();
		collect("", node, leaves);
		return leaves;
	}

	private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
		if (node.isObject()) {
			node.fields().forEachRemaining(e -> collect(path + "/" + e.getKey(), e.getValue(), leaves));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collect(path + "[" + i + "]", node.get(i), leaves);
			}
		}
		else {
			leaves.put(path, node);
		}
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group().replace(" ", ""));
		}
		found.sort(null);
		return found;
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyEnglishKeyHasAVietnameseTextWithTheSamePlaceholders(String app) throws IOException {
		Map<String, JsonNode> en = leaves(english(app));
		Map<String, JsonNode> vi = leaves(vietnamese(app));

		assertThat(vi.keySet()).as("keys missing from %s vi.json", app).containsAll(en.keySet());
		en.forEach((key, text) -> {
			JsonNode translated = vi.get(key);
			assertThat(translated.getNodeType()).as("%s %s type", app, key).isEqualTo(text.getNodeType());
			if (text.isTextual()) {
				if (!text.asText().isBlank()) {
					assertThat(translated.asText()).as("%s %s", app, key).isNotBlank();
				}
				assertThat(placeholders(translated.asText())).as("placeholders of %s %s", app, key)
					.isEqualTo(placeholders(text.asText()));
			}
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void textsAreActuallyTranslated(String app) throws IOException {
		Map<String, JsonNode> en = leaves(english(app));
		Map<String, JsonNode> vi = leaves(vietnamese(app));
		// Words: at least one run of 4+ letters (skips ids, formats like DD/MM/YYYY and product names).
		List<String> prose = en.entrySet().stream()
			.filter(e -> e.getValue().isTextual() && e.getValue().asText().matches("(?s).*[A-Za-z]{4,}.*\\s.*"))
			.map(Map.Entry::getKey)
			.toList();
		long untouched = prose.stream().filter(key -> vi.get(key).asText().equals(en.get(key).asText())).count();
		assertThat(untouched).as("%s: English sentences left untranslated", app).isLessThanOrEqualTo(prose.size() / 50);
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void configOffersVietnameseFirstAndOverridesTheShippedOne(String app) throws IOException {
		String resource = WEBAPP + app + "/scripts/config.js";
		String config = Files.readString(Path.of("src/main/resources", resource));
		assertThat(config).containsPattern("(?m)^\\s*locales:\\s*\\{\\s*availableLocales:\\s*\\['vi',\\s*'en'\\],\\s*fallbackLocale:\\s*'vi'");
		// Ours must come before the webjar's on the class path, or the webapp serves Camunda's default.
		URL first = getClass().getClassLoader().getResource(resource);
		assertThat(first).isNotNull();
		assertThat(first.getProtocol()).isEqualTo("file");
	}

}

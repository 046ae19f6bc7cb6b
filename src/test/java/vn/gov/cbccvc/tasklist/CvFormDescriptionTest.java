package vn.gov.cbccvc.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.profile.cv.CvDocument;

/**
 * The self-entry page renders the CV from {@code static/ho-so/cv-form.json}: it must describe every field of
 * {@link CvDocument} with the right input kind, and {@code labels.vi.json} must name every field, table column and
 * enum value in Vietnamese. Both are checked against the records by reflection, so a new CV field fails here.
 */
class CvFormDescriptionTest {

	static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	static final int TEXTAREA_FROM = 500;

	@Test
	void formDescriptionMatchesTheCvRecords() throws IOException {
		JsonNode expected = describe(CvDocument.class);
		JsonNode actual = read("static/ho-so/cv-form.json");
		if (!expected.equals(actual)) {
			Path out = Path.of("target", "cv-form.expected.json");
			Files.createDirectories(out.getParent());
			Files.writeString(out, JSON.writeValueAsString(expected));
		}
		assertThat(actual).as("cv-form.json is stale; the expected one is in target/cv-form.expected.json")
			.isEqualTo(expected);
	}

	@Test
	void everyCvFieldColumnAndEnumValueHasAVietnameseLabel() throws IOException {
		List<String> paths = new ArrayList<>();
		collectPaths(describe(CvDocument.class), "", paths);
		JsonNode labels = read("static/ho-so/labels.vi.json");
		List<String> missing = paths.stream().filter(p -> !labels.hasNonNull(p) || labels.get(p).asText().isBlank())
			.toList();
		assertThat(missing).as("paths without a label in labels.vi.json").isEmpty();
		assertThat(paths).contains("identity.birthName", "workHistory[].unit", "training.languages[].score",
				"identity.sex=FEMALE", "labourContract.type=FIXED_TERM");
	}

	static JsonNode read(String resource) throws IOException {
		try (InputStream in = CvFormDescriptionTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return JSON.readTree(in);
		}
	}

	/** Every property path: {@code a.b}, table columns {@code a[].b}, enum values {@code a.b=VALUE}. */
	static void collectPaths(JsonNode node, String path, List<String> out) {
		if (!path.isEmpty()) {
			out.add(path);
		}
		switch (node.get("type").asText()) {
			case "object" -> node.get("fields").forEach(f -> collectPaths(f, join(path, f.get("name").asText()), out));
			case "array" -> {
				JsonNode item = node.get("item");
				if (item.get("type").asText().equals("object")) {
					item.get("fields").forEach(f -> collectPaths(f, path + "[]." + f.get("name").asText(), out));
				}
			}
			case "enum" -> node.get("values").forEach(v -> out.add(path + "=" + v.asText()));
			default -> {
				// a leaf
			}
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	static ObjectNode describe(Class<?> record) {
		ObjectNode node = JSON.createObjectNode().put("type", "object");
		ArrayNode fields = node.putArray("fields");
		for (RecordComponent c : record.getRecordComponents()) {
			ObjectNode field = describe(c.getGenericType());
			ObjectNode named = JSON.createObjectNode().put("name", c.getName());
			named.setAll(field);
			if (c.isAnnotationPresent(NotNull.class) || c.isAnnotationPresent(NotBlank.class)) {
				named.put("required", true);
			}
			Size size = c.getAnnotation(Size.class);
			if (size != null && size.max() < Integer.MAX_VALUE) {
				named.put("maxLength", size.max());
				if (size.max() >= TEXTAREA_FROM && named.get("type").asText().equals("text")) {
					named.put("type", "textarea");
				}
			}
			fields.add(named);
		}
		return node;
	}

	static ObjectNode describe(Type type) {
		if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
			ObjectNode node = JSON.createObjectNode().put("type", "array");
			node.set("item", describe(p.getActualTypeArguments()[0]));
			return node;
		}
		Class<?> c = (Class<?>) type;
		if (c.isRecord()) {
			return describe(c);
		}
		if (c.isEnum()) {
			ObjectNode node = JSON.createObjectNode().put("type", "enum");
			ArrayNode values = node.putArray("values");
			Arrays.stream(c.getEnumConstants()).forEach(v -> values.add(((Enum<?>) v).name()));
			return node;
		}
		Map<Class<?>, String> leaves = Map.of(String.class, "text", LocalDate.class, "date", YearMonth.class, "month",
				Integer.class, "integer", Long.class, "integer", BigDecimal.class, "decimal");
		String leaf = leaves.get(c);
		assertThat(leaf).as("an input kind for " + c).isNotNull();
		return JSON.createObjectNode().put("type", leaf);
	}

	@Test
	void collectPathsWalksNestedTables() {
		List<String> paths = new ArrayList<>();
		collectPaths(describe(CvDocument.class), "", paths);
		Iterator<String> it = paths.iterator();
		assertThat(it.next()).isEqualTo("schemaVersion");
		assertThat(paths).contains("economy.salaryHistory[].coefficient", "economy.assets.houseAreaM2");
	}

}

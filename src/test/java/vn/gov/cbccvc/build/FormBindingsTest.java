package vn.gov.cbccvc.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Every form a BPMN element names exists in processes/forms, and every external form page is served. */
class FormBindingsTest {

	static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");

	static final Pattern FORM_KEY = Pattern.compile("camunda:formKey=\"(/[^\"?]+)\"");

	@Test
	void everyFormRefOfTheProcesses_hasItsCamundaForm() throws IOException {
		Set<String> formIds = new HashSet<>();
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> forms = Files.list(Path.of("processes/forms"))) {
			for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
				formIds.add(json.readTree(form.toFile()).get("id").asText());
			}
		}
		Set<String> referenced = matches(FORM_REF);
		assertThat(referenced).isNotEmpty();
		assertThat(formIds).containsAll(referenced);
	}

	@Test
	void everyExternalFormKey_isAPageTheAppServes() throws IOException {
		for (String page : matches(FORM_KEY)) {
			assertThat(Path.of("src/main/resources/static" + page)).as(page).exists();
		}
	}

	private static Set<String> matches(Pattern pattern) throws IOException {
		Set<String> found = new HashSet<>();
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				Matcher m = pattern.matcher(Files.readString(bpmn));
				while (m.find()) {
					found.add(m.group(1));
				}
			}
		}
		return found;
	}

}

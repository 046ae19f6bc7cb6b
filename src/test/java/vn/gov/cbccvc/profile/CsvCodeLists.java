package vn.gov.cbccvc.profile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.gov.cbccvc.codelist.CodeLists;

/**
 * A test stand-in for the code-list feature, read from the shared reference CSVs copied under
 * {@code src/test/resources/codelists} (plus a small file for lists the shared folder does not ship yet).
 */
public class CsvCodeLists implements CodeLists {

	private final Map<String, Map<String, String>> lists = new HashMap<>();

	public CsvCodeLists() {
		load(BIRTH_PROVINCE, "birth-registration-provinces.csv");
		load(ETHNIC_GROUP, "ethnic-groups.csv");
		load(RANK, "civil-servant-ranks.csv");
		read("test-lists.csv", cols -> put(cols[0], cols[1], cols[2]));
	}

	@Override
	public boolean contains(String list, String code) {
		return this.lists.getOrDefault(list, Map.of()).containsKey(code);
	}

	@Override
	public Optional<String> name(String list, String code) {
		return Optional.ofNullable(this.lists.getOrDefault(list, Map.of()).get(code));
	}

	private void load(String list, String file) {
		read(file, cols -> put(list, cols[0], cols[1]));
	}

	private void put(String list, String code, String name) {
		this.lists.computeIfAbsent(list, k -> new HashMap<>()).put(code, name);
	}

	private static void read(String file, java.util.function.Consumer<String[]> row) {
		try (var in = CsvCodeLists.class.getResourceAsStream("/codelists/" + file);
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			reader.lines().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).forEach(row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package vn.gov.cbccvc.codelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads the shipped CSV files of {@code codelists/} (UTF-8, a header line, {@code #} comments, no commas inside
 * values). Columns: {@code code,name[,salary_group]}; salary tables {@code salary_group,step,coefficient}, whose
 * code becomes {@code <group>-<step>}.
 */
final class CodeListFiles {

	static final String FOLDER = "codelists/";

	record Row(String list, String code, String name, String salaryGroup, Integer step, BigDecimal coefficient,
			int sortOrder) {
	}

	private CodeListFiles() {
	}

	/** Every row of every file named in {@code index.csv}, in order. */
	static List<Row> readAll() {
		List<Row> rows = new ArrayList<>();
		for (Map<String, String> file : read("index.csv")) {
			String list = file.get("list");
			List<Map<String, String>> lines = read(file.get("file"));
			int base = (int) rows.stream().filter(r -> r.list().equals(list)).count();
			for (int i = 0; i < lines.size(); i++) {
				rows.add(row(list, lines.get(i), (base + i + 1) * 10));
			}
		}
		return rows;
	}

	private static Row row(String list, Map<String, String> cells, int sortOrder) {
		String group = cells.get("salary_group");
		Integer step = cells.containsKey("step") ? Integer.valueOf(cells.get("step")) : null;
		BigDecimal coefficient = cells.containsKey("coefficient") ? new BigDecimal(cells.get("coefficient")) : null;
		String code = cells.containsKey("code") ? cells.get("code") : group + "-" + step;
		String name = cells.containsKey("name") ? cells.get("name") : "Nhóm " + group + ", bậc " + step;
		return new Row(list, code, name, group, step, coefficient, sortOrder);
	}

	private static List<Map<String, String>> read(String file) {
		try (InputStream in = new ClassPathResource(FOLDER + file).getInputStream()) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.toList();
			String[] header = lines.get(0).split(",", -1);
			List<Map<String, String>> rows = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split(",", -1);
				if (cells.length != header.length) {
					throw new IllegalStateException("Code list file " + file + ": expected " + header.length
							+ " columns in line '" + line + "'");
				}
				rows.add(IntStream.range(0, header.length)
					.filter(i -> !cells[i].isBlank())
					.boxed()
					.collect(Collectors.toMap(i -> header[i].strip(), i -> cells[i].strip())));
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Code list file " + file + " could not be read", ex);
		}
	}


}

package vn.gov.cbccvc.ruleset;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads one rule-set file strictly (unknown keys, wrong types and unknown enum values fail) and records the line
 * of every node so that later semantic checks can point at the offending line.
 */
final class RuleSetParser {

	private static final ObjectMapper MAPPER = YAMLMapper.builder()
		.addModule(new JavaTimeModule())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private RuleSetParser() {
	}

	static ParsedRuleSet parse(RuleSetSource source) {
		Map<String, Integer> lines;
		try {
			lines = lines(source.content());
		}
		catch (JsonProcessingException ex) {
			throw new RuleSetException(source.name(), ex.getLocation() == null ? 0 : ex.getLocation().getLineNr(),
					ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new RuleSetException(source.name(), 0, "cannot be read: " + ex.getMessage());
		}
		try {
			RuleSet raw = MAPPER.readValue(source.content(), RuleSet.class);
			if (raw == null) {
				throw new RuleSetException(source.name(), 1, "the file is empty");
			}
			return new ParsedRuleSet(source.name(), raw, lines);
		}
		catch (MismatchedInputException ex) {
			// Records are bound through buffered properties, so the parser's location may be past the node: the
			// path of the error finds the node's own line.
			ParsedRuleSet located = new ParsedRuleSet(source.name(), null, lines);
			String pointer = pointer(ex);
			String problem = ex.getOriginalMessage();
			if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
					&& invalid.getTargetType().isEnum()) {
				// An unknown map key (e.g. a deadline key) is not in the path: its own node is one level down.
				String keyPointer = pointer + "/" + invalid.getValue();
				if (lines.containsKey(keyPointer)) {
					pointer = keyPointer;
				}
				problem = "unknown " + invalid.getTargetType().getSimpleName() + " '" + invalid.getValue() + "'; known: "
						+ Arrays.toString(invalid.getTargetType().getEnumConstants());
			}
			int line = pointer.isEmpty() ? lineOf(ex) : located.line(pointer);
			throw new RuleSetException(source.name(), line,
					problem + (pointer.isEmpty() ? "" : " (at " + pointer.substring(1).replace('/', '.') + ")"));
		}
		catch (JsonProcessingException ex) {
			throw new RuleSetException(source.name(), lineOf(ex), ex.getOriginalMessage());
		}
	}

	private static int lineOf(JsonProcessingException ex) {
		return ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
	}

	private static String pointer(MismatchedInputException ex) {
		StringBuilder sb = new StringBuilder();
		ex.getPath().forEach(ref -> sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex())));
		return sb.toString();
	}

	/** JSON pointer of every field and array element → its 1-based line. */
	private static Map<String, Integer> lines(String content) throws IOException {
		Map<String, Integer> lines = new HashMap<>();
		try (JsonParser p = YAMLFactory.builder().build().createParser(content)) {
			JsonToken token;
			while ((token = p.nextToken()) != null) {
				int line = p.currentTokenLocation().getLineNr();
				if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
					if (p.getParsingContext().getParent() != null) {
						lines.putIfAbsent(p.getParsingContext().getParent().pathAsPointer().toString(), line);
					}
				}
				else if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
					lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), line);
				}
			}
		}
		return lines;
	}

}

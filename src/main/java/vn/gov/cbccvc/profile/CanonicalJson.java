package vn.gov.cbccvc.profile;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.gov.cbccvc.profile.cv.CvDocument;

/**
 * The one serialisation of a CV that is hashed and signed: object keys sorted, no insignificant whitespace, no
 * null members, empty arrays or empty objects, ISO-8601 dates, numbers without trailing zeros, text in Unicode NFC, UTF-8.
 * The mapper is built here rather than taken from Spring so that application settings can never change the
 * bytes of an approved version.
 */
public final class CanonicalJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(SerializationFeature.INDENT_OUTPUT)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
		.build();

	private CanonicalJson() {
	}

	/** The canonical text of a CV. */
	public static String write(CvDocument cv) {
		return writeTree(tree(cv));
	}

	/** The canonical tree of a CV, the form diffs are computed on. */
	public static JsonNode tree(CvDocument cv) {
		JsonNode tree = normalise(MAPPER.valueToTree(cv));
		return tree == null ? MAPPER.getNodeFactory().objectNode() : tree;
	}

	public static CvDocument read(String json) {
		try {
			return MAPPER.readValue(json, CvDocument.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored CV content cannot be read", ex);
		}
	}

	public static byte[] bytes(String canonicalText) {
		return canonicalText.getBytes(StandardCharsets.UTF_8);
	}

	public static String sha256Hex(String canonicalText) {
		return Sha256.hex(bytes(canonicalText));
	}

	static String writeTree(JsonNode node) {
		try {
			return MAPPER.writeValueAsString(node);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Returns a normalised copy, or null when the node carries nothing. */
	static JsonNode normalise(JsonNode node) {
		JsonNodeFactory f = MAPPER.getNodeFactory();
		if (node == null || node.isNull() || node.isMissingNode()) {
			return null;
		}
		if (node.isObject()) {
			Map<String, JsonNode> sorted = new TreeMap<>();
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> e = it.next();
				JsonNode child = normalise(e.getValue());
				if (child != null) {
					sorted.put(Normalizer.normalize(e.getKey(), Normalizer.Form.NFC), child);
				}
			}
			if (sorted.isEmpty()) {
				return null;
			}
			ObjectNode out = f.objectNode();
			sorted.forEach(out::set);
			return out;
		}
		if (node.isArray()) {
			// an empty list or group and an absent one mean the same on the form; array elements keep their order
			List<JsonNode> items = new ArrayList<>();
			node.forEach(item -> {
				JsonNode n = normalise(item);
				items.add(n == null ? f.nullNode() : n);
			});
			if (items.isEmpty()) {
				return null;
			}
			ArrayNode out = f.arrayNode();
			out.addAll(items);
			return out;
		}
		if (node.isTextual()) {
			return f.textNode(Normalizer.normalize(node.textValue(), Normalizer.Form.NFC));
		}
		if (node.isNumber()) {
			BigDecimal d = node.decimalValue().stripTrailingZeros();
			if (d.scale() < 0) {
				d = d.setScale(0);
			}
			return d.scale() == 0 ? f.numberNode(d.toBigIntegerExact()) : f.numberNode(d);
		}
		return node;
	}

}

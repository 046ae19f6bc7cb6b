package vn.gov.cbccvc.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The canonical manifest one batch signature covers (the head's monthly approval, the DoHA director's sync
 * batch, HY Art. 8.4): UTF-8 JSON without whitespace, keys in alphabetical order, entries sorted by subject type
 * then subject id, so the same batch always gives the same bytes and can be rebuilt from the stored entries.
 */
final class BatchManifest {

	static final String FORMAT = "cbccvc-batch-manifest/1";

	private static final JsonFactory JSON = new JsonFactory();

	private static final Comparator<BatchEntry> ORDER = Comparator.comparing(BatchEntry::subjectType)
		.thenComparing(BatchEntry::subjectId);

	private BatchManifest() {
	}

	static List<BatchEntry> canonicalOrder(Collection<BatchEntry> entries) {
		return entries.stream().sorted(ORDER).toList();
	}

	/** @param entries already in {@link #canonicalOrder} */
	static byte[] canonicalJson(String batchId, SignaturePurpose purpose, List<BatchEntry> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(128 + entries.size() * 140);
		try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringField("batchId", batchId);
			json.writeArrayFieldStart("entries");
			for (BatchEntry entry : entries) {
				json.writeStartObject();
				json.writeStringField("sha256", entry.sha256());
				json.writeStringField("subjectId", entry.subjectId());
				json.writeStringField("subjectType", entry.subjectType());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeStringField("format", FORMAT);
			json.writeStringField("purpose", purpose.name());
			json.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}

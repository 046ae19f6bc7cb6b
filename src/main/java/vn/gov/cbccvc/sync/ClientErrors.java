package vn.gov.cbccvc.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which answers of the national database are worth retrying: 5xx, 408 and 429 are technical (retry with back-off),
 * 401/403 too (a credential is fixed by operations, not by a clerk; the incident shows it); any other 4xx is a
 * business refusal with a reason, handed to DoHA (CAMUNDA-PRACTICE "External tasks").
 */
final class ClientErrors {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final int MAX_REASON = 1900;

	private ClientErrors() {
	}

	static RuntimeException classify(int status, String body) {
		String reason = reason(status, body);
		if (status >= 500 || status == 408 || status == 429 || status == 401 || status == 403 || status < 400) {
			return new NationalUnavailableException("HTTP " + status + ": " + reason, null);
		}
		return new NationalRejectedException(status, reason);
	}

	/** "reasonVi / reasonEn" of the national node's answer, else the problem detail, else the raw body. */
	static String reason(int status, String body) {
		String text = body == null ? "" : body.strip();
		try {
			JsonNode node = text.startsWith("{") ? JSON.readTree(text) : null;
			if (node != null && node.hasNonNull("reasonVi")) {
				text = node.get("reasonVi").asText() + " / " + node.path("reasonEn").asText();
				if (node.hasNonNull("code")) {
					text = node.get("code").asText() + ": " + text;
				}
			}
			else if (node != null && node.hasNonNull("detail")) {
				text = node.get("detail").asText();
			}
		}
		catch (Exception ex) {
			// not JSON: keep the raw text
		}
		if (text.isEmpty()) {
			text = "HTTP " + status;
		}
		return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
	}

}

package vn.gov.cbccvc.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@link NationalRecordLookup} over HTTP(S): {@code GET /national/api/people/{personalIdNumber}/latest} on
 * {@code app.sync.national-url}, with the same credentials and time-outs as the sync ({@link SyncProperties}).
 * 404 is "not found"; 5xx, 408, 429, 401/403, I/O errors and unreadable answers are "unavailable" (retried); any
 * other refusal is "not found" with the national side's reason, for DoHA to decide.
 */
@Component
class RestNationalRecordLookup implements NationalRecordLookup {

	static final String LATEST_PATH = "/national/api/people/{personalIdNumber}/latest";

	private final RestClient rest;

	RestNationalRecordLookup(SyncProperties properties) {
		this.rest = NationalRestClients.create(properties);
	}

	@Override
	public NationalRecord latest(String personalIdNumber) {
		NationalRecordPayload payload;
		try {
			payload = this.rest.get().uri(LATEST_PATH, personalIdNumber).exchange((request, response) -> {
				int status = response.getStatusCode().value();
				if (status == 200) {
					return response.bodyTo(NationalRecordPayload.class);
				}
				String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
				if (status == 404) {
					throw new NationalRecordNotFoundException("The national database holds no record of the person");
				}
				RuntimeException classified = ClientErrors.classify(status, body);
				if (classified instanceof NationalUnavailableException) {
					throw new NationalRecordUnavailableException(classified.getMessage(), null);
				}
				throw new NationalRecordNotFoundException(ClientErrors.reason(status, body));
			});
		}
		catch (ResourceAccessException ex) {
			throw new NationalRecordUnavailableException("National database unreachable: " + ex.getMessage(), ex);
		}
		catch (RestClientException ex) {
			throw new NationalRecordUnavailableException("National call failed: " + ex.getMessage(), ex);
		}
		return toRecord(payload, personalIdNumber);
	}

	private static NationalRecord toRecord(NationalRecordPayload p, String personalIdNumber) {
		if (p == null || p.contentBase64() == null || p.sha256() == null || p.receiptId() == null) {
			throw new NationalRecordUnavailableException("Incomplete answer from the national database", null);
		}
		if (p.personalIdNumber() != null && !p.personalIdNumber().equals(personalIdNumber)) {
			throw new NationalRecordUnavailableException("The national database answered for another person", null);
		}
		try {
			Base64.Decoder b64 = Base64.getDecoder();
			return new NationalRecord(p.receiptId(), p.versionNo() == null ? 0 : p.versionNo(), p.kind(),
					b64.decode(p.contentBase64()), p.sha256(), p.sendingAgencyCode(), p.provinceCode(),
					p.signatureCmsBase64() == null ? null : b64.decode(p.signatureCmsBase64()), p.signerSubject(),
					p.receivedAt());
		}
		catch (IllegalArgumentException ex) {
			throw new NationalRecordUnavailableException("Unreadable Base64 from the national database", ex);
		}
	}

}

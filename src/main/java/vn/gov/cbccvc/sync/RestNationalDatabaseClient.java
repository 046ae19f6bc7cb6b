package vn.gov.cbccvc.sync;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * {@link NationalDatabaseClient} over HTTP(S) to {@code app.sync.national-url}: {@code POST /national/api/versions}
 * with HTTP Basic or a shared bearer token. In production the call goes over the state's private network with
 * MoHA-issued keys (TT06 Art. 9, 12.3): mTLS is configured on the JVM's key store, not here.
 */
@Component
class RestNationalDatabaseClient implements NationalDatabaseClient {

	static final String VERSIONS_PATH = "/national/api/versions";

	private final RestClient rest;

	RestNationalDatabaseClient(SyncProperties properties) {
		this.rest = NationalRestClients.create(properties);
	}

	@Override
	public NationalReceipt send(NationalSubmission submission) {
		try {
			return this.rest.post()
				.uri(VERSIONS_PATH)
				.contentType(MediaType.APPLICATION_JSON)
				.body(submission)
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (status == 200 || status == 201) {
						NationalReceipt receipt = response.bodyTo(NationalReceipt.class);
						if (receipt == null || receipt.receiptId() == null) {
							throw new NationalUnavailableException("HTTP " + status + " without a receipt", null);
						}
						return receipt;
					}
					byte[] body = response.getBody().readAllBytes();
					throw ClientErrors.classify(status, new String(body, StandardCharsets.UTF_8));
				});
		}
		catch (ResourceAccessException ex) {
			throw new NationalUnavailableException("National database unreachable: " + ex.getMessage(), ex);
		}
		catch (RestClientException ex) {
			throw new NationalUnavailableException("National call failed: " + ex.getMessage(), ex);
		}
	}

}

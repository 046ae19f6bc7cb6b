package vn.gov.cbccvc.sync;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The one HTTP client set-up towards the national database (sending versions, pulling a record): its URL, the
 * configured time-outs (a blocking call in a worker or job thread, bounded) and HTTP Basic or a shared bearer token.
 * In production the call goes over the state's private network with MoHA-issued keys (TT06 Art. 9, 12.3): mTLS is
 * configured on the JVM's key store, not here.
 */
final class NationalRestClients {

	private NationalRestClients() {
	}

	static RestClient create(SyncProperties properties) {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(properties.connectTimeout());
		factory.setReadTimeout(properties.readTimeout());
		RestClient.Builder builder = RestClient.builder()
			.baseUrl(properties.nationalUrl())
			.requestFactory(factory)
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		if (!properties.token().isBlank()) {
			builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.token());
		}
		else if (!properties.username().isBlank()) {
			builder.defaultHeaders(h -> h.setBasicAuth(properties.username(), properties.password(),
					StandardCharsets.UTF_8));
		}
		return builder.build();
	}

}

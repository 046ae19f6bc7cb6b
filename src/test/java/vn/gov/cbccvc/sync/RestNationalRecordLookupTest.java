package vn.gov.cbccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lookup against a local stub of the national node: answers, "not found" and "unavailable" kept apart. */
class RestNationalRecordLookupTest {

	static final String ID = "001085777123";

	HttpServer server;

	final AtomicReference<Integer> status = new AtomicReference<>(200);

	final AtomicReference<String> body = new AtomicReference<>("");

	final AtomicReference<String> seenAuth = new AtomicReference<>();

	final AtomicReference<String> seenPath = new AtomicReference<>();

	@BeforeEach
	void startStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", exchange -> {
			this.seenAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
			this.seenPath.set(exchange.getRequestURI().getPath());
			byte[] bytes = this.body.get().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status.get(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				exchange.getResponseBody().write(bytes);
			}
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stopStub() {
		this.server.stop(0);
	}

	RestNationalRecordLookup lookup(String url) {
		return new RestNationalRecordLookup(new SyncProperties(url, "H19", "000.00.00.H19", "province-h19", "s3cret",
				"", Duration.ofSeconds(1), Duration.ofSeconds(2), null, null));
	}

	RestNationalRecordLookup lookup() {
		return lookup("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	@Test
	void latestVersion_isDecodedWithItsOrigin_andAskedWithTheProvincesCredentials() {
		byte[] content = "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8);
		this.body.set("{\"receiptId\":\"NAT-77\",\"provinceCode\":\"H01\",\"sendingAgencyCode\":\"000.00.00.H01\","
				+ "\"personalIdNumber\":\"" + ID + "\",\"versionNo\":3,\"kind\":\"CHANGE\",\"contentBase64\":\""
				+ Base64.getEncoder().encodeToString(content) + "\",\"sha256\":\"abc\",\"signatureCmsBase64\":\""
				+ Base64.getEncoder().encodeToString(new byte[] { 1, 2 }) + "\",\"signerSubject\":\"CN=Giám đốc\","
				+ "\"receivedAt\":\"2026-04-01T10:00:00+07:00\",\"manifestEntry\":null}");

		NationalRecord record = lookup().latest(ID);

		assertThat(record.nationalVersionId()).isEqualTo("NAT-77");
		assertThat(record.canonicalContent()).isEqualTo(content);
		assertThat(record.versionNo()).isEqualTo(3);
		assertThat(record.sendingAgencyCode()).isEqualTo("000.00.00.H01");
		assertThat(record.signatureCms()).containsExactly(1, 2);
		assertThat(this.seenPath.get()).isEqualTo("/national/api/people/" + ID + "/latest");
		assertThat(this.seenAuth.get()).isEqualTo("Basic " + Base64.getEncoder()
			.encodeToString("province-h19:s3cret".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void notFound404_isNotFound_notRetried() {
		this.status.set(404);
		assertThatThrownBy(() -> lookup().latest(ID)).isInstanceOf(NationalRecordNotFoundException.class);
	}

	@Test
	void businessRefusal400_isNotFoundWithTheNationalReason() {
		this.status.set(400);
		this.body.set("{\"code\":\"national.personal-id\",\"reasonVi\":\"Số định danh sai\",\"reasonEn\":\"Bad id\"}");
		assertThatThrownBy(() -> lookup().latest(ID)).isInstanceOf(NationalRecordNotFoundException.class)
			.hasMessageContaining("Số định danh sai");
	}

	@Test
	void serverErrorsAndThrottling_areUnavailable() {
		for (int code : new int[] { 500, 503, 429, 401 }) {
			this.status.set(code);
			assertThatThrownBy(() -> lookup().latest(ID)).as("HTTP " + code)
				.isInstanceOf(NationalRecordUnavailableException.class);
		}
	}

	@Test
	void refusedConnection_isUnavailable() {
		int port = this.server.getAddress().getPort();
		this.server.stop(0);
		assertThatThrownBy(() -> lookup("http://127.0.0.1:" + port).latest(ID))
			.isInstanceOf(NationalRecordUnavailableException.class);
	}

	@Test
	void answerWithoutContentOrForAnotherPerson_isUnavailable() {
		this.body.set("{\"receiptId\":\"NAT-1\",\"sha256\":\"x\"}");
		assertThatThrownBy(() -> lookup().latest(ID)).isInstanceOf(NationalRecordUnavailableException.class);
		this.body.set("{\"receiptId\":\"NAT-1\",\"sha256\":\"x\",\"contentBase64\":\"e30=\",\"personalIdNumber\":\"001085000000\"}");
		assertThatThrownBy(() -> lookup().latest(ID)).isInstanceOf(NationalRecordUnavailableException.class)
			.hasMessageContaining("another person");
	}

}

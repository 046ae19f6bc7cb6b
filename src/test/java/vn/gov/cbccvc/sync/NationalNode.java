package vn.gov.cbccvc.sync;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.gov.cbccvc.national.NationalApplication;

/**
 * A national node in the same JVM on a reserved port for the sync tests (client {@code dongnai}, province H19),
 * trusting the province's demo CA; started and stopped per test.
 */
final class NationalNode implements AutoCloseable {

	final int port = freePort();

	private final String database = "jdbc:h2:mem:national-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

	private ConfigurableApplicationContext context;

	String url() {
		return "http://localhost:" + this.port;
	}

	void start(X509Certificate trusted) {
		this.context = new SpringApplicationBuilder(NationalApplication.class).profiles(NationalApplication.PROFILE)
			.run("--server.port=" + this.port, "--spring.datasource.url=" + this.database,
					"--national.clients.dongnai.password=secret", "--national.clients.dongnai.province-code=H19",
					"--national.trusted-certificates[0]=" + pem(trusted));
	}

	JdbcTemplate jdbc() {
		return this.context.getBean(JdbcTemplate.class);
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
			this.context = null;
		}
	}

	static void waitUntil(Duration max, BooleanSupplier condition) {
		long deadline = System.nanoTime() + max.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("condition not met within " + max);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private static String pem(X509Certificate certificate) {
		try {
			return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(certificate.getEncoded())
					+ "\n-----END CERTIFICATE-----";
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package vn.gov.cbccvc.e2e;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The test's own read-only look into a node's database (one connection), and small checks on what it holds. */
final class NodeDatabase implements AutoCloseable {

	private final SingleConnectionDataSource dataSource;

	final JdbcTemplate jdbc;

	NodeDatabase(String url) {
		this.dataSource = new SingleConnectionDataSource(url, "postgres", "postgres", true);
		this.jdbc = new JdbcTemplate(this.dataSource);
	}

	int count(String sql, Object... args) {
		Integer n = this.jdbc.queryForObject(sql, Integer.class, args);
		return n == null ? 0 : n;
	}

	/** The demo CA a province creates at its first start (table signing_key, owner {@code #demo-ca}), if there yet. */
	X509Certificate demoCa() {
		List<String> pem = this.jdbc.queryForList(
				"select certificate_pem from signing_key where owner_username = '#demo-ca'", String.class);
		if (pem.isEmpty()) {
			return null;
		}
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(pem.get(0).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (CertificateException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.dataSource.destroy();
	}

}

package vn.gov.cbccvc.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** Certificates to and from PEM text. */
final class Pem {

	private Pem() {
	}

	static String encode(X509Certificate certificate) {
		try {
			return "-----BEGIN CERTIFICATE-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(certificate.getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException("Cannot encode a certificate", ex);
		}
	}

	static X509Certificate decode(String pem) {
		List<X509Certificate> certificates = decodeAll(
				new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
		if (certificates.size() != 1) {
			throw new IllegalArgumentException("Expected one certificate, found " + certificates.size());
		}
		return certificates.get(0);
	}

	static List<X509Certificate> decodeAll(InputStream in) {
		try (in) {
			return CertificateFactory.getInstance("X.509")
				.generateCertificates(in)
				.stream()
				.map(X509Certificate.class::cast)
				.toList();
		}
		catch (CertificateException | IOException ex) {
			throw new IllegalArgumentException("Not a PEM or DER certificate file", ex);
		}
	}

	static X509Certificate fromDer(byte[] der) {
		return decodeAll(new ByteArrayInputStream(der)).get(0);
	}

}

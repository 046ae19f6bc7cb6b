package vn.gov.cbccvc.national;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/** The provincial CA certificates the node trusts, read once at start-up from {@code national.trusted-certificates}. */
@Component
class TrustedCertificates {

	private final List<X509Certificate> roots;

	TrustedCertificates(NationalProperties properties, ResourceLoader resources) {
		List<X509Certificate> loaded = new ArrayList<>();
		for (String entry : properties.trustedCertificates()) {
			String text = entry.strip();
			try (InputStream in = text.startsWith("-----BEGIN") ? new ByteArrayInputStream(
					text.getBytes(StandardCharsets.US_ASCII)) : resources.getResource(text).getInputStream()) {
				CertificateFactory.getInstance("X.509")
					.generateCertificates(in)
					.forEach(c -> loaded.add((X509Certificate) c));
			}
			catch (IOException | CertificateException ex) {
				throw new IllegalStateException("national.trusted-certificates: cannot read " + abbreviate(text), ex);
			}
		}
		this.roots = List.copyOf(loaded);
	}

	List<X509Certificate> roots() {
		return this.roots;
	}

	private static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

}

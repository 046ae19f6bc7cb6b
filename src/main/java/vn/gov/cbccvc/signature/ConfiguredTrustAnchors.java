package vn.gov.cbccvc.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The roots this deployment trusts by configuration: the demo CA (when enabled) and the PEM files listed in
 * {@code app.signature.trusted-certificates}, e.g. the VGCA root for officials' token certificates.
 */
@Component
class ConfiguredTrustAnchors implements TrustAnchors {

	private final KeyProvisioning keys;

	private final boolean demoCaTrusted;

	private final List<X509Certificate> configured;

	ConfiguredTrustAnchors(KeyProvisioning keys, SignatureProperties properties) {
		this.keys = keys;
		this.demoCaTrusted = properties.demoCa().enabled();
		this.configured = properties.trustedCertificates().stream().flatMap(ConfiguredTrustAnchors::read).toList();
	}

	private static java.util.stream.Stream<X509Certificate> read(Resource resource) {
		try {
			return Pem.decodeAll(resource.getInputStream()).stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read trusted certificate " + resource, ex);
		}
	}

	@Override
	public Set<X509Certificate> trustedCertificates() {
		Set<X509Certificate> roots = new HashSet<>(this.configured);
		if (this.demoCaTrusted) {
			roots.add(this.keys.demoCaCertificate());
		}
		return roots;
	}

}

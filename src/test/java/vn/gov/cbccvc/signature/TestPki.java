package vn.gov.cbccvc.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A throw-away CA and users for tests: every key is generated at test time, none is stored in the repository. */
final class TestPki {

	final CertificateIssuer issuer;

	final CertificateIssuer.Issued ca;

	TestPki(String keyAlgorithm, String caName) {
		this.issuer = new CertificateIssuer(keyAlgorithm, 2048, Clock.systemUTC());
		this.ca = this.issuer.selfSignedCa(caName, "Test", Duration.ofDays(3650));
	}

	Pkcs12Codec.KeyAndChain user(String username, String displayName) {
		return user(username, displayName, Instant.now().plus(Duration.ofDays(365)));
	}

	Pkcs12Codec.KeyAndChain user(String username, String displayName, Instant notAfter) {
		CertificateIssuer.Issued issued = this.issuer.issue(this.ca, username, displayName, "Test", notAfter);
		return new Pkcs12Codec.KeyAndChain(issued.privateKey(), List.of(issued.certificate(), this.ca.certificate()));
	}

}

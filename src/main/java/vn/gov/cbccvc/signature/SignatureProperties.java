package vn.gov.cbccvc.signature;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code app.signature.*}.
 *
 * @param signer which {@link Signer} runs: {@code pkcs12} (keys in the database) or another implementation's name
 * @param keystorePassword encrypts every PKCS#12 keystore in table signing_key; the default is for demos only
 * @param keyAlgorithm {@code RSA} or {@code EC} (P-256) for newly generated keys
 * @param rsaKeySize bits of a new RSA key
 * @param userCertificateValidity how long a generated user certificate is valid
 * @param organisation the O= of generated certificates
 * @param demoCa the demo certification authority that issues the generated user certificates
 * @param trustedCertificates PEM files of further trusted root certificates (e.g. the VGCA root)
 */
@ConfigurationProperties("app.signature")
record SignatureProperties(String signer, String keystorePassword, String keyAlgorithm, Integer rsaKeySize,
		Duration userCertificateValidity, String organisation, DemoCa demoCa, List<Resource> trustedCertificates) {

	static final String DEMO_PASSWORD = "cbccvc-demo-only";

	SignatureProperties {
		signer = signer == null ? "pkcs12" : signer;
		keystorePassword = keystorePassword == null || keystorePassword.isEmpty() ? DEMO_PASSWORD : keystorePassword;
		keyAlgorithm = keyAlgorithm == null ? "RSA" : keyAlgorithm;
		rsaKeySize = rsaKeySize == null ? 2048 : rsaKeySize;
		userCertificateValidity = userCertificateValidity == null ? Duration.ofDays(3 * 365) : userCertificateValidity;
		organisation = organisation == null ? "Sở Nội vụ (demo)" : organisation;
		demoCa = demoCa == null ? new DemoCa(null, null, null) : demoCa;
		trustedCertificates = trustedCertificates == null ? List.of() : List.copyOf(trustedCertificates);
	}

	/** Defaults, as used by tests that build the services without Spring. */
	static SignatureProperties defaults() {
		return new SignatureProperties(null, null, null, null, null, null, null, null);
	}

	/**
	 * @param enabled create (once, cluster-wide) and trust the demo CA; turn off where a real CA issues keys
	 * @param commonName the CA's CN
	 * @param validity how long the CA certificate is valid
	 */
	record DemoCa(Boolean enabled, String commonName, Duration validity) {

		DemoCa {
			enabled = enabled == null ? Boolean.TRUE : enabled;
			commonName = commonName == null ? "CBCCVC Demo CA (chỉ dùng thử / demo only)" : commonName;
			validity = validity == null ? Duration.ofDays(20 * 365) : validity;
		}

	}

}

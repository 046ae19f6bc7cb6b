package vn.gov.cbccvc.signature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo CA at first start (once for the cluster: two nodes starting together converge on one CA).
 * User keys are generated at each user's first signature, or ahead of time through
 * {@link KeyProvisioning#ensureKeyFor}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoCaStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCaStartup.class);

	private final KeyProvisioning keys;

	private final SignatureProperties properties;

	DemoCaStartup(KeyProvisioning keys, SignatureProperties properties) {
		this.keys = keys;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (SignatureProperties.DEMO_PASSWORD.equals(this.properties.keystorePassword())) {
			log.warn("app.signature.keystore-password is the demo default: set a secret before storing real keys");
		}
		if (this.properties.demoCa().enabled()) {
			log.info("Demo CA: {}", this.keys.demoCaCertificate().getSubjectX500Principal().getName());
		}
	}

}

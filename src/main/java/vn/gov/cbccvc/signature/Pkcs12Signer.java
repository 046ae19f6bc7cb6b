package vn.gov.cbccvc.signature;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Signs with the user's PKCS#12 key from the database, generating it (certified by the demo CA) at the user's
 * first signature. For demos and for deployments without tokens; real officials sign with VGCA tokens through
 * another {@link Signer}.
 */
@Component
@ConditionalOnProperty(prefix = "app.signature", name = "signer", havingValue = "pkcs12", matchIfMissing = true)
class Pkcs12Signer implements Signer {

	private final KeyProvisioning keys;

	private final SignerNames names;

	private final Clock clock;

	@Autowired
	Pkcs12Signer(KeyProvisioning keys, SignerNames names) {
		this(keys, names, Clock.systemUTC());
	}

	Pkcs12Signer(KeyProvisioning keys, SignerNames names, Clock clock) {
		this.keys = keys;
		this.names = names;
		this.clock = clock;
	}

	@Override
	public SignatureResult sign(String signerUsername, byte[] data, SignaturePurpose purpose) {
		Pkcs12Codec.KeyAndChain key = this.keys.signingKey(signerUsername).orElseGet(() -> {
			this.keys.ensureKeyFor(signerUsername, this.names.displayName(signerUsername));
			return this.keys.signingKey(signerUsername).orElseThrow();
		});
		Instant signingTime = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		byte[] cms = CadesBes.sign(key.privateKey(), key.chain(), data, signingTime, purpose);
		return new SignatureResult(cms, key.chain().get(0), signingTime, Crypto.signatureAlgorithm(key.privateKey()));
	}

}

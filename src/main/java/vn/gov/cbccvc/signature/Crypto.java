package vn.gov.cbccvc.signature;

import java.security.Key;
import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The BouncyCastle provider, used by instance (never registered globally), and the algorithm of a key. */
final class Crypto {

	static final Provider BC = new BouncyCastleProvider();

	private Crypto() {
	}

	/** SHA-256 with the key's own algorithm: RSA (PKCS#1 v1.5, as VGCA tokens) or ECDSA. */
	static String signatureAlgorithm(Key key) {
		return switch (key.getAlgorithm()) {
			case "RSA" -> "SHA256withRSA";
			case "EC", "ECDSA" -> "SHA256withECDSA";
			default -> throw new IllegalArgumentException("Unsupported key algorithm " + key.getAlgorithm());
		};
	}

}

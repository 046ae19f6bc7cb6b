package vn.gov.cbccvc.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import javax.crypto.spec.PBEParameterSpec;

/**
 * PKCS#12 keystores as bytes: the private key encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256), the chain
 * beside it. Only ever kept in the database, never in a file.
 */
final class Pkcs12Codec {

	private static final String ALIAS = "signing";

	private static final String KEY_PROTECTION = "PBEWithHmacSHA256AndAES_256";

	private static final int ITERATIONS = 10_000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Pkcs12Codec() {
	}

	record KeyAndChain(PrivateKey privateKey, List<X509Certificate> chain) {
	}

	static byte[] pack(PrivateKey key, List<X509Certificate> chain, char[] password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			byte[] salt = new byte[16];
			RANDOM.nextBytes(salt);
			store.setEntry(ALIAS, new KeyStore.PrivateKeyEntry(key, chain.toArray(new Certificate[0])),
					new KeyStore.PasswordProtection(password, KEY_PROTECTION, new PBEParameterSpec(salt, ITERATIONS)));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, password);
			return out.toByteArray();
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Cannot write a PKCS#12 keystore", ex);
		}
	}

	static KeyAndChain unpack(byte[] pkcs12, char[] password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(pkcs12), password);
			PrivateKey key = (PrivateKey) store.getKey(ALIAS, password);
			List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(ALIAS))
				.map(X509Certificate.class::cast)
				.toList();
			return new KeyAndChain(key, chain);
		}
		catch (GeneralSecurityException | IOException ex) {
			// Most likely app.signature.keystore-password differs from the one the keys were stored with.
			throw new IllegalStateException("Cannot open a PKCS#12 keystore (wrong keystore password?)", ex);
		}
	}

}

package vn.gov.cbccvc.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Generates key pairs and X.509 certificates: a self-signed CA, and signing certificates it issues. */
final class CertificateIssuer {

	/** Nodes' clocks differ a little: a certificate made on one node must already be valid on the others. */
	private static final Duration BACKDATE = Duration.ofMinutes(10);

	private final String keyAlgorithm;

	private final int rsaKeySize;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CertificateIssuer(String keyAlgorithm, int rsaKeySize, Clock clock) {
		this.keyAlgorithm = keyAlgorithm;
		this.rsaKeySize = rsaKeySize;
		this.clock = clock;
	}

	record Issued(PrivateKey privateKey, X509Certificate certificate) {
	}

	KeyPair newKeyPair() {
		try {
			if ("EC".equalsIgnoreCase(this.keyAlgorithm)) {
				KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
				generator.initialize(new ECGenParameterSpec("secp256r1"), this.random);
				return generator.generateKeyPair();
			}
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(this.rsaKeySize, this.random);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot generate a " + this.keyAlgorithm + " key pair", ex);
		}
	}

	Issued selfSignedCa(String commonName, String organisation, Duration validity) {
		KeyPair keys = newKeyPair();
		X500Name name = name(commonName, null, organisation);
		Instant from = this.clock.instant().minus(BACKDATE);
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(from),
					Date.from(from.plus(validity)), name, keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
				.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
			return new Issued(keys.getPrivate(), sign(builder, keys.getPrivate()));
		}
		catch (GeneralSecurityException | CertIOException ex) {
			throw new IllegalStateException("Cannot create the CA certificate", ex);
		}
	}

	/** A signing certificate for a person: CN = the name, UID = the account. */
	Issued issue(Issued ca, String username, String displayName, String organisation, Instant notAfter) {
		KeyPair keys = newKeyPair();
		Instant from = this.clock.instant().minus(BACKDATE);
		try {
			JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(),
					Date.from(from), Date.from(notAfter), name(displayName, username, organisation), keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true,
						new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()))
				.addExtension(Extension.authorityKeyIdentifier, false,
						utils.createAuthorityKeyIdentifier(ca.certificate()));
			return new Issued(keys.getPrivate(), sign(builder, ca.privateKey()));
		}
		catch (GeneralSecurityException | CertIOException ex) {
			throw new IllegalStateException("Cannot issue a certificate for " + username, ex);
		}
	}

	Instant now() {
		return this.clock.instant();
	}

	private static X500Name name(String commonName, String username, String organisation) {
		X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN")
			.addRDN(BCStyle.O, organisation);
		if (username != null) {
			builder.addRDN(BCStyle.UID, username);
		}
		return builder.addRDN(BCStyle.CN, commonName).build();
	}

	private BigInteger serial() {
		return new BigInteger(127, this.random).add(BigInteger.ONE);
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
			throws GeneralSecurityException {
		try {
			return new JcaX509CertificateConverter().getCertificate(builder
				.build(new JcaContentSignerBuilder(Crypto.signatureAlgorithm(issuerKey)).setProvider(Crypto.BC)
					.build(issuerKey)));
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

}

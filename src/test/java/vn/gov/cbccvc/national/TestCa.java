package vn.gov.cbccvc.national;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** A throw-away provincial CA and one signer, generated at test time; signs detached CMS like a province does. */
final class TestCa {

	private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

	final KeyPair caKey;

	final X509Certificate caCertificate;

	final KeyPair signerKey;

	final X509Certificate signerCertificate;

	TestCa(String name) {
		try {
			KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
			rsa.initialize(2048);
			this.caKey = rsa.generateKeyPair();
			this.caCertificate = certificate("CN=" + name, this.caKey, "CN=" + name, this.caKey, true);
			this.signerKey = rsa.generateKeyPair();
			this.signerCertificate = certificate("CN=Head of unit, O=" + name, this.signerKey, "CN=" + name,
					this.caKey, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Detached CMS with signing-time, as the province's signer produces. */
	byte[] sign(byte[] content) {
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().build())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(this.signerKey.getPrivate()),
						this.signerCertificate));
			generator.addCertificates(new JcaCertStore(List.of(this.signerCertificate, this.caCertificate)));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	String caPem() {
		return pem(this.caCertificate);
	}

	static String pem(X509Certificate certificate) {
		try {
			return "-----BEGIN CERTIFICATE-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(certificate.getEncoded())
					+ "\n-----END CERTIFICATE-----\n";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static X509Certificate certificate(String subject, KeyPair subjectKey, String issuer, KeyPair issuerKey,
			boolean ca) throws Exception {
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
				BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(Duration.ofDays(365))), new X500Name(subject), subjectKey.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
		builder.addExtension(Extension.keyUsage, true,
				new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey.getPrivate())));
	}

}

package vn.gov.cbccvc.signature;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.esf.CommitmentTypeIndication;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds a detached CMS SignedData in the CAdES-BES form (ETSI EN 319 122-1): signed attributes content-type,
 * message-digest, signing-time and signing-certificate-v2 (ESSCertIDv2 with SHA-256, RFC 5035), plus a
 * commitment-type-indication naming the purpose; SHA-256 digests; the signer's chain enclosed.
 */
final class CadesBes {

	private CadesBes() {
	}

	/**
	 * @param chain the signer's certificate first, then its issuers (all are enclosed)
	 * @param signingTime whole seconds (the CMS signing-time has no fractions)
	 */
	static byte[] sign(PrivateKey key, List<X509Certificate> chain, byte[] data, Instant signingTime,
			SignaturePurpose purpose) {
		X509Certificate certificate = chain.get(0);
		try {
			ASN1EncodableVector attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(essCertId(certificate)))));
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_ets_commitmentType,
					new DERSet(new CommitmentTypeIndication(purpose.commitmentType()))));
			SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().setProvider(Crypto.BC).build())
				.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
				.build(new JcaContentSignerBuilder(Crypto.signatureAlgorithm(key)).setProvider(Crypto.BC).build(key),
						certificate);
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(signerInfo);
			generator.addCertificates(new JcaCertStore(chain));
			return generator.generate(new CMSProcessableByteArray(data), false).getEncoded(ASN1Encoding.DER);
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException ex) {
			throw new IllegalStateException("Cannot create the CMS signature", ex);
		}
	}

	/** RFC 5035 ESSCertIDv2: SHA-256 (the default, so the algorithm is omitted) of the certificate, issuer, serial. */
	static ESSCertIDv2 essCertId(X509Certificate certificate) throws GeneralSecurityException {
		IssuerSerial issuerSerial = new IssuerSerial(
				new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
				certificate.getSerialNumber());
		return new ESSCertIDv2(ContentHash.sha256(certificate.getEncoded()), issuerSerial);
	}

}

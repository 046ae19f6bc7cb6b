package vn.gov.cbccvc.signature;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a detached CAdES-BES signature against content bytes and a set of trusted roots: the digest and the
 * signature value, the signing-certificate-v2 binding, the certificate's validity at the signing time, and a
 * PKIX path to a trusted root (intermediates taken from the CMS). Revocation (CRL/OCSP) is not checked yet.
 */
final class CmsVerifier {

	private CmsVerifier() {
	}

	/**
	 * @param failure null when the signature is valid
	 * @param certificate the signer's certificate, when one was found
	 * @param signingTime the signing-time attribute, when present
	 */
	record Outcome(VerificationFailure failure, X509Certificate certificate, Instant signingTime) {

		boolean valid() {
			return this.failure == null;
		}

		String signerName() {
			return this.certificate == null ? null : CmsVerifier.commonName(this.certificate);
		}

		String serialHex() {
			return this.certificate == null ? null : CmsVerifier.serialHex(this.certificate);
		}

	}

	static Outcome verify(byte[] cms, byte[] content, Collection<X509Certificate> trustedRoots) {
		SignerInformation signer;
		X509CertificateHolder holder;
		List<X509Certificate> enclosed;
		try {
			CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), cms);
			if (signed.getSignerInfos().size() != 1) {
				return new Outcome(VerificationFailure.MALFORMED, null, null);
			}
			signer = signed.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				return new Outcome(VerificationFailure.MALFORMED, null, null);
			}
			holder = matches.iterator().next();
			JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
			enclosed = signed.getCertificates().getMatches(null).stream().map(h -> {
				try {
					return converter.getCertificate(h);
				}
				catch (GeneralSecurityException ex) {
					throw new IllegalArgumentException(ex);
				}
			}).toList();
		}
		catch (CMSException | IllegalArgumentException | ClassCastException ex) {
			return new Outcome(VerificationFailure.MALFORMED, null, null);
		}
		X509Certificate certificate = enclosed.stream()
			.filter(c -> c.getSerialNumber().equals(holder.getSerialNumber())
					&& X500Name.getInstance(c.getIssuerX500Principal().getEncoded()).equals(holder.getIssuer()))
			.findFirst()
			.orElseThrow();
		AttributeTable attributes = signer.getSignedAttributes();
		Instant signingTime = attributes == null ? null : signingTime(attributes);
		if (signingTime == null) {
			return new Outcome(VerificationFailure.MALFORMED, certificate, null);
		}
		if (!boundToCertificate(attributes, certificate)) {
			return new Outcome(VerificationFailure.CERTIFICATE_MISMATCH, certificate, signingTime);
		}
		try {
			// Also checks the certificate was valid at the signing-time attribute.
			if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.BC).build(holder))) {
				return new Outcome(VerificationFailure.BROKEN_SIGNATURE, certificate, signingTime);
			}
		}
		catch (CMSSignerDigestMismatchException ex) {
			return new Outcome(VerificationFailure.DIGEST_MISMATCH, certificate, signingTime);
		}
		catch (CMSVerifierCertificateNotValidException ex) {
			return new Outcome(VerificationFailure.CERTIFICATE_EXPIRED, certificate, signingTime);
		}
		catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException ex) {
			return new Outcome(VerificationFailure.BROKEN_SIGNATURE, certificate, signingTime);
		}
		if (!chainsToTrustedRoot(certificate, enclosed, trustedRoots, signingTime)) {
			return new Outcome(VerificationFailure.UNTRUSTED_CERTIFICATE, certificate, signingTime);
		}
		return new Outcome(null, certificate, signingTime);
	}

	private static Instant signingTime(AttributeTable attributes) {
		Attribute attribute = attributes.get(CMSAttributes.signingTime);
		if (attribute == null || attribute.getAttrValues().size() != 1) {
			return null;
		}
		return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
	}

	/** CAdES: the signed signing-certificate-v2 must name exactly the certificate that verifies the signature. */
	private static boolean boundToCertificate(AttributeTable attributes, X509Certificate certificate) {
		Attribute attribute = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
		if (attribute == null) {
			return false;
		}
		try {
			ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
			if (ids.length == 0 || !"2.16.840.1.101.3.4.2.1".equals(ids[0].getHashAlgorithm().getAlgorithm().getId())) {
				return false;
			}
			boolean hashMatches = MessageDigest.isEqual(ids[0].getCertHash(),
					ContentHash.sha256(certificate.getEncoded()));
			return hashMatches && (ids[0].getIssuerSerial() == null
					|| ids[0].getIssuerSerial().getSerial().getValue().equals(certificate.getSerialNumber()));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean chainsToTrustedRoot(X509Certificate certificate, List<X509Certificate> enclosed,
			Collection<X509Certificate> trustedRoots, Instant at) {
		if (trustedRoots.isEmpty()) {
			return false;
		}
		try {
			Set<TrustAnchor> anchors = trustedRoots.stream()
				.map(root -> new TrustAnchor(root, null))
				.collect(Collectors.toSet());
			X509CertSelector target = new X509CertSelector();
			target.setCertificate(certificate);
			PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
			parameters.setRevocationEnabled(false);
			parameters.setDate(Date.from(at));
			parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(enclosed)));
			CertPathBuilder.getInstance("PKIX").build(parameters);
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	static String commonName(X509Certificate certificate) {
		X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
		RDN[] names = subject.getRDNs(BCStyle.CN);
		if (names.length == 0) {
			return subject.toString();
		}
		ASN1Encodable value = names[0].getFirst().getValue();
		return IETFUtils.valueToString(value);
	}

	static String serialHex(X509Certificate certificate) {
		return certificate.getSerialNumber().toString(16).toUpperCase();
	}

}

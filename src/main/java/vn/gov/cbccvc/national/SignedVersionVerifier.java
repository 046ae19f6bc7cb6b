package vn.gov.cbccvc.national;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks what a province sends before it is stored (TT06 Art. 9, 12.3): the SHA-256, the detached CMS over the
 * content — or over the batch manifest that lists the content's hash (HY Art. 8.4) — and a PKIX path from the
 * signer's certificate to a trusted provincial CA at the signing time. A small verifier of its own: the
 * province's is package-private and tied to its beans. Revocation (CRL/OCSP) is left to production.
 */
@Component
class SignedVersionVerifier {

	private static final Provider BC = new BouncyCastleProvider();

	private final TrustedCertificates trust;

	private final ObjectMapper json;

	SignedVersionVerifier(TrustedCertificates trust, ObjectMapper json) {
		this.trust = trust;
		this.json = json;
	}

	/** @return the signer's certificate subject; throws a {@link NationalRefusal} otherwise */
	String verify(byte[] content, String declaredSha256, byte[] cms, byte[] manifest, ManifestEntry entry) {
		String actual = sha256Hex(content);
		if (!actual.equals(declaredSha256)) {
			throw NationalRefusal.unprocessable("national.hash-mismatch",
					"Mã băm SHA-256 không khớp nội dung: nội dung đã bị thay đổi",
					"The SHA-256 does not match the content: the content was altered");
		}
		if (cms == null || cms.length == 0) {
			throw NationalRefusal.unprocessable("national.unsigned", "Phiên bản không có chữ ký số phê duyệt",
					"The version carries no approval signature");
		}
		byte[] signed = content;
		if (manifest != null) {
			checkManifestLists(manifest, entry, actual);
			signed = manifest;
		}
		return verifyCms(cms, signed);
	}

	private void checkManifestLists(byte[] manifest, ManifestEntry entry, String sha256) {
		if (entry == null || !sha256.equals(entry.sha256())) {
			throw NationalRefusal.unprocessable("national.manifest-entry",
					"Mục của lô ký không khớp mã băm nội dung", "The manifest entry does not match the content hash");
		}
		try {
			for (JsonNode item : this.json.readTree(manifest).path("entries")) {
				if (entry.subjectType().equals(item.path("subjectType").asText())
						&& entry.subjectId().equals(item.path("subjectId").asText())
						&& sha256.equals(item.path("sha256").asText())) {
					return;
				}
			}
		}
		catch (java.io.IOException ex) {
			// falls through to the refusal
		}
		throw NationalRefusal.unprocessable("national.not-in-manifest",
				"Lô ký không có phiên bản này với mã băm đã gửi",
				"The signed manifest does not list this version with this hash");
	}

	private String verifyCms(byte[] cms, byte[] signedBytes) {
		X509Certificate certificate;
		List<X509Certificate> enclosed = new ArrayList<>();
		Date signingTime;
		try {
			CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(signedBytes), cms);
			if (data.getSignerInfos().size() != 1) {
				throw malformed();
			}
			SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(signer.getSID());
			if (matches.isEmpty()) {
				throw malformed();
			}
			X509CertificateHolder holder = matches.iterator().next();
			JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
			for (Object h : data.getCertificates().getMatches(null)) {
				enclosed.add(converter.getCertificate((X509CertificateHolder) h));
			}
			certificate = converter.getCertificate(holder);
			Attribute time = signer.getSignedAttributes() == null ? null
					: signer.getSignedAttributes().get(CMSAttributes.signingTime);
			if (time == null) {
				throw malformed();
			}
			signingTime = Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate();
			boolean valid;
			try {
				valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(holder));
			}
			catch (Exception ex) {
				valid = false;
			}
			if (!valid) {
				throw NationalRefusal.unprocessable("national.signature-invalid",
						"Chữ ký số không khớp nội dung đã gửi (nội dung bị sửa hoặc chữ ký hỏng)",
						"The digital signature does not match the content sent (altered content or broken signature)");
			}
		}
		catch (NationalRefusal ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw malformed();
		}
		if (!chainsToTrustedRoot(certificate, enclosed, signingTime)) {
			throw NationalRefusal.unprocessable("national.untrusted-certificate",
					"Chứng thư ký không do tổ chức chứng thực được tin cậy cấp",
					"The signing certificate is not issued by a trusted certification authority");
		}
		return certificate.getSubjectX500Principal().getName();
	}

	private boolean chainsToTrustedRoot(X509Certificate certificate, List<X509Certificate> enclosed, Date at) {
		if (this.trust.roots().isEmpty()) {
			return false;
		}
		try {
			Set<TrustAnchor> anchors = this.trust.roots()
				.stream()
				.map(root -> new TrustAnchor(root, null))
				.collect(Collectors.toSet());
			X509CertSelector target = new X509CertSelector();
			target.setCertificate(certificate);
			PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
			parameters.setRevocationEnabled(false);
			parameters.setDate(at);
			parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(enclosed)));
			CertPathBuilder.getInstance("PKIX").build(parameters);
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static NationalRefusal malformed() {
		return NationalRefusal.unprocessable("national.signature-malformed",
				"Chữ ký số không đọc được (không phải CMS tách rời hợp lệ)",
				"The signature cannot be read (not a valid detached CMS)");
	}

	static String sha256Hex(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package vn.gov.cbccvc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.esf.CommitmentTypeIndication;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.esf.CommitmentTypeIdentifier;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

/** The CAdES-BES signature itself, without Spring or a database. */
class CadesSignatureTest {

	private static final TestPki TRUSTED = new TestPki("RSA", "Trusted Test CA");

	private static final Pkcs12Codec.KeyAndChain HEAD = TRUSTED.user("head.a", "Nguyễn Văn Trưởng");

	private static final byte[] VERSION = "{\"personId\":42,\"fullName\":\"Trần Thị Bình\",\"version\":3}"
		.getBytes(StandardCharsets.UTF_8);

	private static byte[] sign(Pkcs12Codec.KeyAndChain key, byte[] data) {
		return CadesBes.sign(key.privateKey(), key.chain(), data, Instant.now().truncatedTo(ChronoUnit.SECONDS),
				SignaturePurpose.APPROVAL);
	}

	private static List<X509Certificate> trusted() {
		return List.of(TRUSTED.ca.certificate());
	}

	@Test
	void signedBytes_verifyAsValid_withSignerAndTime() {
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		CmsVerifier.Outcome outcome = CmsVerifier.verify(sign(HEAD, VERSION), VERSION, trusted());
		assertThat(outcome.failure()).isNull();
		assertThat(outcome.signerName()).isEqualTo("Nguyễn Văn Trưởng");
		assertThat(outcome.certificate()).isEqualTo(HEAD.chain().get(0));
		assertThat(outcome.signingTime()).isBetween(before, Instant.now());
	}

	@Test
	void oneByteChanged_isInvalidWithDigestMismatch() {
		byte[] cms = sign(HEAD, VERSION);
		byte[] changed = VERSION.clone();
		changed[changed.length / 2] ^= 0x01;
		assertThat(CmsVerifier.verify(cms, changed, trusted()).failure())
			.isEqualTo(VerificationFailure.DIGEST_MISMATCH);
	}

	@Test
	void signatureValueTampered_isInvalidAsBrokenSignature() {
		byte[] cms = sign(HEAD, VERSION);
		// The RSA signature value is the last 256 bytes of the DER structure (no unsigned attributes).
		cms[cms.length - 10] ^= 0x01;
		assertThat(CmsVerifier.verify(cms, VERSION, trusted()).failure())
			.isEqualTo(VerificationFailure.BROKEN_SIGNATURE);
	}

	@Test
	void keyCertifiedByAnotherCa_isInvalidAsUntrusted() {
		TestPki other = new TestPki("EC", "Trusted Test CA");
		byte[] cms = sign(other.user("head.a", "Nguyễn Văn Trưởng"), VERSION);
		assertThat(CmsVerifier.verify(cms, VERSION, trusted()).failure())
			.isEqualTo(VerificationFailure.UNTRUSTED_CERTIFICATE);
	}

	@Test
	void certificateExpiredBeforeSigningTime_isInvalidAsExpired() {
		Pkcs12Codec.KeyAndChain expired = TRUSTED.user("old.head", "Lê Văn Cũ", Instant.now().minusSeconds(60));
		assertThat(CmsVerifier.verify(sign(expired, VERSION), VERSION, trusted()).failure())
			.isEqualTo(VerificationFailure.CERTIFICATE_EXPIRED);
	}

	@Test
	void garbage_isInvalidAsMalformed() {
		assertThat(CmsVerifier.verify(VERSION, VERSION, trusted()).failure()).isEqualTo(VerificationFailure.MALFORMED);
	}

	@Test
	void ecdsaP256Keys_signAndVerifyToo() {
		TestPki ec = new TestPki("EC", "EC Test CA");
		byte[] cms = sign(ec.user("director", "Phạm Giám Đốc"), VERSION);
		assertThat(CmsVerifier.verify(cms, VERSION, List.of(ec.ca.certificate())).failure()).isNull();
	}

	@Test
	void cmsIsDetachedCadesBes_withSigningCertificateV2SigningTimeAndChain() throws Exception {
		CMSSignedData parsed = new CMSSignedData(sign(HEAD, VERSION));
		assertThat(parsed.getSignedContent()).as("detached: no content inside").isNull();
		assertThat(parsed.getCertificates().getMatches(null)).hasSize(2);
		SignerInformation signer = parsed.getSignerInfos().getSigners().iterator().next();
		assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
		assertThat(signer.getEncryptionAlgOID()).isEqualTo(PKCSObjectIdentifiers.sha256WithRSAEncryption.getId());
		AttributeTable attributes = signer.getSignedAttributes();
		for (ASN1ObjectIdentifier required : List.of(CMSAttributes.contentType, CMSAttributes.messageDigest,
				CMSAttributes.signingTime, PKCSObjectIdentifiers.id_aa_signingCertificateV2)) {
			assertThat(attributes.get(required)).as(required.getId()).isNotNull();
		}
		SigningCertificateV2 signingCertificate = SigningCertificateV2
			.getInstance(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
		assertThat(signingCertificate.getCerts()[0].getCertHash())
			.isEqualTo(ContentHash.sha256(HEAD.chain().get(0).getEncoded()));
		assertThat(signingCertificate.getCerts()[0].getIssuerSerial().getSerial().getValue())
			.isEqualTo(HEAD.chain().get(0).getSerialNumber());
		assertThat(CommitmentTypeIndication
			.getInstance(attributes.get(PKCSObjectIdentifiers.id_aa_ets_commitmentType).getAttrValues().getObjectAt(0))
			.getCommitmentTypeId()).isEqualTo(CommitmentTypeIdentifier.proofOfApproval);
	}

	@Test
	void keystoreRoundTrip_keepsKeyAndChain_andRefusesAnotherPassword() {
		byte[] p12 = Pkcs12Codec.pack(HEAD.privateKey(), HEAD.chain(), "right".toCharArray());
		Pkcs12Codec.KeyAndChain back = Pkcs12Codec.unpack(p12, "right".toCharArray());
		assertThat(back.privateKey().getEncoded()).isEqualTo(HEAD.privateKey().getEncoded());
		assertThat(back.chain()).containsExactlyElementsOf(HEAD.chain());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pkcs12Codec.unpack(p12, "wrong".toCharArray()))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void signingAndVerification_takeMillisecondsNotSeconds() {
		int rounds = 50;
		for (int i = 0; i < 10; i++) {
			CmsVerifier.verify(sign(HEAD, VERSION), VERSION, trusted());
		}
		long t0 = System.nanoTime();
		byte[] cms = null;
		for (int i = 0; i < rounds; i++) {
			cms = sign(HEAD, VERSION);
		}
		long t1 = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			assertThat(CmsVerifier.verify(cms, VERSION, trusted()).valid()).isTrue();
		}
		long t2 = System.nanoTime();
		byte[] p12 = Pkcs12Codec.pack(HEAD.privateKey(), HEAD.chain(), "pw".toCharArray());
		for (int i = 0; i < rounds; i++) {
			Pkcs12Codec.unpack(p12, "pw".toCharArray());
		}
		long t3 = System.nanoTime();
		double signMs = (t1 - t0) / 1e6 / rounds;
		double verifyMs = (t2 - t1) / 1e6 / rounds;
		System.out.printf("[timing] CAdES-BES RSA-2048 sign %.2f ms, verify (CMS + PKIX path) %.2f ms,"
				+ " open PKCS#12 %.2f ms%n", signMs, verifyMs, (t3 - t2) / 1e6 / rounds);
		assertThat(signMs).isLessThan(100);
		assertThat(verifyMs).isLessThan(100);
	}

}

package vn.gov.cbccvc.signature;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A signature as made: append-only, so it keeps proving what was signed, by whom and when. */
@Entity
@Immutable
@Table(name = "signature")
class StoredSignature {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "subject_type", nullable = false, length = 40)
	private String subjectType;

	@Column(name = "subject_id", nullable = false, length = 100)
	private String subjectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SignaturePurpose purpose;

	@Column(name = "content_sha256", nullable = false, length = 64)
	private String contentSha256;

	@Column(nullable = false)
	private byte[] cms;

	@Column(name = "signer_username", nullable = false, length = 100)
	private String signerUsername;

	@Column(name = "certificate_subject", nullable = false, length = 500)
	private String certificateSubject;

	@Column(name = "certificate_serial", nullable = false, length = 64)
	private String certificateSerial;

	@Column(name = "signing_time", nullable = false)
	private Instant signingTime;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected StoredSignature() {
	}

	StoredSignature(String subjectType, String subjectId, SignaturePurpose purpose, String contentSha256,
			String signerUsername, SignatureResult result, Instant createdAt) {
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.purpose = purpose;
		this.contentSha256 = contentSha256;
		this.cms = result.cms();
		this.signerUsername = signerUsername;
		this.certificateSubject = truncate(result.signerCertificate().getSubjectX500Principal().getName(), 500);
		this.certificateSerial = CmsVerifier.serialHex(result.signerCertificate());
		this.signingTime = result.signingTime();
		this.createdAt = createdAt;
	}

	private static String truncate(String value, int length) {
		return value.length() <= length ? value : value.substring(0, length);
	}

	Long getId() {
		return this.id;
	}

	String getSubjectType() {
		return this.subjectType;
	}

	String getSubjectId() {
		return this.subjectId;
	}

	SignaturePurpose getPurpose() {
		return this.purpose;
	}

	String getContentSha256() {
		return this.contentSha256;
	}

	byte[] getCms() {
		return this.cms;
	}

	String getSignerUsername() {
		return this.signerUsername;
	}

	String getCertificateSubject() {
		return this.certificateSubject;
	}

	String getCertificateSerial() {
		return this.certificateSerial;
	}

	Instant getSigningTime() {
		return this.signingTime;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	SignatureRecord toRecord() {
		return new SignatureRecord(this.id, this.subjectType, this.subjectId, this.purpose, this.contentSha256,
				this.signerUsername, this.certificateSubject, this.certificateSerial, this.signingTime, this.createdAt);
	}

}

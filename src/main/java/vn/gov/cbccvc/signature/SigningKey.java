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

/** A PKCS#12 keystore (encrypted) with its certificate, one per owner; written once, never changed. */
@Entity
@Immutable
@Table(name = "signing_key")
class SigningKey {

	enum Kind {
		CA, USER
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_username", nullable = false, length = 100)
	private String ownerUsername;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Kind kind;

	@Column(nullable = false)
	private byte[] keystore;

	@Column(name = "certificate_pem", nullable = false)
	private String certificatePem;

	@Column(name = "subject_dn", nullable = false, length = 500)
	private String subjectDn;

	@Column(name = "serial_number", nullable = false, length = 64)
	private String serialNumber;

	@Column(name = "not_before", nullable = false)
	private Instant notBefore;

	@Column(name = "not_after", nullable = false)
	private Instant notAfter;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SigningKey() {
	}

	SigningKey(String ownerUsername, Kind kind, byte[] keystore, java.security.cert.X509Certificate certificate,
			Instant createdAt) {
		this.ownerUsername = ownerUsername;
		this.kind = kind;
		this.keystore = keystore;
		this.certificatePem = Pem.encode(certificate);
		this.subjectDn = certificate.getSubjectX500Principal().getName();
		this.serialNumber = CmsVerifier.serialHex(certificate);
		this.notBefore = certificate.getNotBefore().toInstant();
		this.notAfter = certificate.getNotAfter().toInstant();
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	String getOwnerUsername() {
		return this.ownerUsername;
	}

	Kind getKind() {
		return this.kind;
	}

	byte[] getKeystore() {
		return this.keystore;
	}

	String getCertificatePem() {
		return this.certificatePem;
	}

	String getSerialNumber() {
		return this.serialNumber;
	}

}

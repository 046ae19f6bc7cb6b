package vn.gov.cbccvc.profile;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * An approved CV, frozen: its canonical content and SHA-256 are what the head of unit signs (TT06 Art. 7.1), so
 * a version is only ever inserted — Hibernate ignores changes to it and refuses update queries on it.
 */
@Entity
@Immutable
@Table(name = "profile_version")
class ProfileVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Column(name = "schema_version", nullable = false, updatable = false)
	private int schemaVersion;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 20, updatable = false)
	private VersionKind kind;

	@Column(name = "content", nullable = false, updatable = false)
	private String content;

	@Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
	private String contentSha256;

	@Column(name = "created_at", nullable = false, updatable = false)
	private OffsetDateTime createdAt;

	@Column(name = "created_by", nullable = false, length = 100, updatable = false)
	private String createdBy;

	protected ProfileVersion() {
	}

	ProfileVersion(long personId, int versionNo, int schemaVersion, VersionKind kind, String canonicalContent,
			String actor, OffsetDateTime now) {
		this.personId = personId;
		this.versionNo = versionNo;
		this.schemaVersion = schemaVersion;
		this.kind = kind;
		this.content = canonicalContent;
		this.contentSha256 = CanonicalJson.sha256Hex(canonicalContent);
		this.createdBy = actor;
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getPersonId() {
		return this.personId;
	}

	int getVersionNo() {
		return this.versionNo;
	}

	int getSchemaVersion() {
		return this.schemaVersion;
	}

	VersionKind getKind() {
		return this.kind;
	}

	String getContent() {
		return this.content;
	}

	String getContentSha256() {
		return this.contentSha256;
	}

	OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

}

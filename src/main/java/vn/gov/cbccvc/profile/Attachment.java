package vn.gov.cbccvc.profile;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A scanned piece of evidence supporting a CV field (TT06 Art. 6.2, 6.3). Stored once, never changed. Lists
 * read {@link AttachmentInfo} projections: the content is only read when it is downloaded.
 */
@Entity
@Immutable
@Table(name = "attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "field_path", nullable = false, length = 200)
	private String fieldPath;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "media_type", nullable = false, length = 50)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "sha256", nullable = false, length = 64)
	private String sha256;

	@Column(name = "content", nullable = false)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false)
	private OffsetDateTime uploadedAt;

	@Column(name = "uploaded_by", nullable = false, length = 100)
	private String uploadedBy;

	protected Attachment() {
	}

	Attachment(long personId, String fieldPath, String fileName, String mediaType, byte[] content, String sha256,
			String actor, OffsetDateTime now) {
		this.personId = personId;
		this.fieldPath = fieldPath;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.content = content;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.uploadedBy = actor;
		this.uploadedAt = now;
	}

	Long getId() {
		return this.id;
	}

	AttachmentInfo info() {
		return new AttachmentInfo(this.id, this.personId, this.fieldPath, this.fileName, this.mediaType,
				this.sizeBytes, this.sha256, this.uploadedAt, this.uploadedBy);
	}

}

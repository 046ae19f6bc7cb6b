package vn.gov.cbccvc.profile;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The one working copy of a person's CV, edited until it is approved into a {@link ProfileVersion}. */
@Entity
@Table(name = "profile_draft")
class ProfileDraft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "schema_version", nullable = false)
	private int schemaVersion;

	@Column(name = "content", nullable = false)
	private String content;

	/** Set after the reviewer's check against the paper dossier (HY Art. 10.3). */
	@Column(name = "locked_for_editing", nullable = false)
	private boolean lockedForEditing;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected ProfileDraft() {
	}

	ProfileDraft(long personId, int schemaVersion, String content, String actor, OffsetDateTime now) {
		this.personId = personId;
		this.schemaVersion = schemaVersion;
		this.content = content;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	void replace(int schemaVersion, String content, String actor, OffsetDateTime now) {
		this.schemaVersion = schemaVersion;
		this.content = content;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	void lock(boolean locked, String actor, OffsetDateTime now) {
		this.lockedForEditing = locked;
		this.updatedBy = actor;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getPersonId() {
		return this.personId;
	}

	int getSchemaVersion() {
		return this.schemaVersion;
	}

	String getContent() {
		return this.content;
	}

	boolean isLockedForEditing() {
		return this.lockedForEditing;
	}

	OffsetDateTime getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	long getVersion() {
		return this.version;
	}

}

package vn.gov.cbccvc.profile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.cbccvc.profile.cv.Sex;

/** One person of the register, identified by the personal ID number (TT06 Art. 3.6). Never deleted. */
@Entity
@Table(name = "person")
class Person {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "personal_id_number", nullable = false, length = 12)
	private String personalIdNumber;

	@Column(name = "full_name", nullable = false, length = 200)
	private String fullName;

	@Column(name = "name_key", nullable = false, length = 200)
	private String nameKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "sex", nullable = false, length = 10)
	private Sex sex;

	@Column(name = "birth_date", nullable = false)
	private LocalDate birthDate;

	/** The managing unit, {@code org_unit.id}. */
	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false, length = 20)
	private PersonCategory category;

	@Column(name = "file_number", length = 50)
	private String fileNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "record_status", nullable = false, length = 20)
	private RecordStatus recordStatus;

	@Column(name = "status_reason", length = 500)
	private String statusReason;

	@Column(name = "status_effective_date")
	private LocalDate statusEffectiveDate;

	@Column(name = "archived", nullable = false)
	private boolean archived;

	@Column(name = "archived_at")
	private OffsetDateTime archivedAt;

	@Column(name = "archive_reason", length = 500)
	private String archiveReason;

	@Column(name = "archive_destination", length = 500)
	private String archiveDestination;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected Person() {
	}

	Person(String personalIdNumber, String fullName, Sex sex, LocalDate birthDate, long unitId,
			PersonCategory category, String fileNumber, OffsetDateTime now) {
		this.personalIdNumber = personalIdNumber;
		this.fullName = fullName;
		this.nameKey = NameKeys.of(fullName);
		this.sex = sex;
		this.birthDate = birthDate;
		this.unitId = unitId;
		this.category = category;
		this.fileNumber = fileNumber;
		this.recordStatus = RecordStatus.ACTIVE;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void changeStatus(RecordStatus newStatus, String reason, LocalDate effectiveDate, String destination,
			OffsetDateTime now) {
		this.recordStatus = newStatus;
		this.statusReason = reason;
		this.statusEffectiveDate = effectiveDate;
		if (newStatus.leaves()) {
			// moved to the separate archive folder (TT06 Art. 11.2): kept, never deleted
			this.archived = true;
			this.archivedAt = now;
			this.archiveReason = reason;
			this.archiveDestination = destination;
		}
		else {
			// back in service (e.g. re-recruited): the record returns to the active list
			this.archived = false;
		}
		this.updatedAt = now;
	}

	/** Back in service in another unit (a transfer in of someone who had left): the archived record is active again. */
	void readmit(long unitId, PersonCategory category, String reason, OffsetDateTime now) {
		changeStatus(RecordStatus.ACTIVE, reason, now.toLocalDate(), null, now);
		this.unitId = unitId;
		this.category = category;
	}

	/**
	 * Keeps the register's summary fields in step with an approved CV. The CV writes the birth name in upper case
	 * (item 1); the register keeps the usual spelling and only takes the CV's name when it is a different name.
	 */
	void updateIdentity(String birthName, Sex sex, LocalDate birthDate, String fileNumber, OffsetDateTime now) {
		Locale vi = Locale.forLanguageTag("vi");
		if (!this.fullName.toUpperCase(vi).equals(birthName)) {
			this.fullName = Arrays.stream(birthName.toLowerCase(vi).split(" +"))
				.map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(vi) + w.substring(1))
				.collect(Collectors.joining(" "));
			this.nameKey = NameKeys.of(this.fullName);
		}
		this.sex = sex;
		this.birthDate = birthDate;
		if (fileNumber != null) {
			this.fileNumber = fileNumber;
		}
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getPersonalIdNumber() {
		return this.personalIdNumber;
	}

	String getFullName() {
		return this.fullName;
	}

	Sex getSex() {
		return this.sex;
	}

	LocalDate getBirthDate() {
		return this.birthDate;
	}

	long getUnitId() {
		return this.unitId;
	}

	PersonCategory getCategory() {
		return this.category;
	}

	String getFileNumber() {
		return this.fileNumber;
	}

	RecordStatus getRecordStatus() {
		return this.recordStatus;
	}

	String getStatusReason() {
		return this.statusReason;
	}

	LocalDate getStatusEffectiveDate() {
		return this.statusEffectiveDate;
	}

	boolean isArchived() {
		return this.archived;
	}

	OffsetDateTime getArchivedAt() {
		return this.archivedAt;
	}

	String getArchiveReason() {
		return this.archiveReason;
	}

	String getArchiveDestination() {
		return this.archiveDestination;
	}

	OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	OffsetDateTime getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}

package vn.gov.cbccvc.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One request to take a person off the active list on an effective document (TT06 Art. 11.2). */
@Entity
@Table(name = "status_change")
class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StatusKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StatusChangeOrigin origin;

	@Column(name = "document_number", length = 100)
	private String documentNumber;

	@Column(name = "document_date")
	private LocalDate documentDate;

	@Column(name = "document_signer", length = 200)
	private String documentSigner;

	@Column(name = "attachment_id")
	private Long attachmentId;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	@Column(name = "rule_set", nullable = false, length = 20)
	private String ruleSet;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusChangeStatus status;

	@Column(name = "status_reason", length = 1000)
	private String statusReason;

	@Column(name = "version_id")
	private Long versionId;

	@Column(name = "signature_id")
	private Long signatureId;

	@Column(name = "open_person_id")
	private Long openPersonId;

	@Column(name = "started_at", nullable = false)
	private OffsetDateTime startedAt;

	@Column(name = "started_by", nullable = false, length = 100)
	private String startedBy;

	@Column(name = "ended_at")
	private OffsetDateTime endedAt;

	@Version
	private long version;

	protected StatusChange() {
	}

	StatusChange(long personId, long unitId, StatusKind kind, StatusChangeOrigin origin, LocalDate effectiveDate,
			String ruleSet, String startedBy, OffsetDateTime startedAt) {
		this.personId = personId;
		this.unitId = unitId;
		this.kind = kind;
		this.origin = origin;
		this.effectiveDate = effectiveDate;
		this.ruleSet = ruleSet;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.status = StatusChangeStatus.IN_PROGRESS;
		this.openPersonId = personId;
	}

	void document(String number, LocalDate date, String signer, Long attachmentId) {
		this.documentNumber = number;
		this.documentDate = date;
		this.documentSigner = signer;
		this.attachmentId = attachmentId;
	}

	void attach(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void signed(long versionId, long signatureId) {
		this.versionId = versionId;
		this.signatureId = signatureId;
	}

	void archived() {
		this.status = StatusChangeStatus.ARCHIVED;
		this.openPersonId = null;
	}

	void end(StatusChangeStatus status, String reason, OffsetDateTime at) {
		this.status = status;
		this.statusReason = reason;
		this.endedAt = at;
		this.openPersonId = null;
	}

	Long getId() {
		return this.id;
	}

	long getPersonId() {
		return this.personId;
	}

	long getUnitId() {
		return this.unitId;
	}

	StatusKind getKind() {
		return this.kind;
	}

	StatusChangeOrigin getOrigin() {
		return this.origin;
	}

	String getDocumentNumber() {
		return this.documentNumber;
	}

	LocalDate getDocumentDate() {
		return this.documentDate;
	}

	String getDocumentSigner() {
		return this.documentSigner;
	}

	Long getAttachmentId() {
		return this.attachmentId;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	String getRuleSet() {
		return this.ruleSet;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	StatusChangeStatus getStatus() {
		return this.status;
	}

	String getStatusReason() {
		return this.statusReason;
	}

	Long getVersionId() {
		return this.versionId;
	}

	Long getSignatureId() {
		return this.signatureId;
	}

	OffsetDateTime getStartedAt() {
		return this.startedAt;
	}

	String getStartedBy() {
		return this.startedBy;
	}

	OffsetDateTime getEndedAt() {
		return this.endedAt;
	}

}

package vn.gov.cbccvc.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.gov.cbccvc.workflow.RecordRequest;

/** One request to take a person off the active list on an effective document (TT06 Art. 11.2). */
@Entity
@Table(name = "status_change")
class StatusChange extends RecordRequest {

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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusChangeStatus status;

	protected StatusChange() {
	}

	StatusChange(long personId, long unitId, StatusKind kind, StatusChangeOrigin origin, LocalDate effectiveDate,
			String ruleSet, String startedBy, OffsetDateTime startedAt) {
		super(personId, unitId, ruleSet, startedBy, startedAt);
		this.kind = kind;
		this.origin = origin;
		this.effectiveDate = effectiveDate;
		this.status = StatusChangeStatus.IN_PROGRESS;
	}

	void document(String number, LocalDate date, String signer, Long attachmentId) {
		this.documentNumber = number;
		this.documentDate = date;
		this.documentSigner = signer;
		this.attachmentId = attachmentId;
	}

	void archived() {
		this.status = StatusChangeStatus.ARCHIVED;
		release();
	}

	void end(StatusChangeStatus status, String reason, OffsetDateTime at) {
		this.status = status;
		close(reason, at);
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

	StatusChangeStatus getStatus() {
		return this.status;
	}

}

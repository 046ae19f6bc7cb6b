package vn.gov.cbccvc.transfer;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.gov.cbccvc.workflow.RecordRequest;

/**
 * One move of a person's record (TT06 Art. 11.1): inside the province from one unit to another, or out of it. The
 * rows of a person are the history of their moves; never deleted.
 */
@Entity
@Table(name = "transfer")
@AttributeOverride(name = "unitId", column = @Column(name = "sending_unit_id", nullable = false))
class Transfer extends RecordRequest {

	@Enumerated(EnumType.STRING)
	@Column(name = "direction", nullable = false, length = 10)
	private TransferDirection direction;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 30)
	private TransferKind kind;

	@Column(name = "deadline_key", nullable = false, length = 40)
	private String deadlineKey;

	@Column(name = "from_unit_id", nullable = false)
	private long fromUnitId;

	@Column(name = "to_unit_id")
	private Long toUnitId;

	@Column(name = "receiving_unit_id")
	private Long receivingUnitId;

	@Column(name = "new_section", length = 300)
	private String newSection;

	@Column(name = "new_position", length = 200)
	private String newPosition;

	@Column(name = "destination_agency", length = 300)
	private String destinationAgency;

	@Column(name = "destination_province", length = 100)
	private String destinationProvince;

	@Column(name = "reason", length = 1000)
	private String reason;

	@Column(name = "decision_number", nullable = false, length = 100)
	private String decisionNumber;

	@Column(name = "decision_date", nullable = false)
	private LocalDate decisionDate;

	@Column(name = "decision_signer", length = 200)
	private String decisionSigner;

	@Column(name = "attachment_id")
	private Long attachmentId;

	@Column(name = "effective_date", nullable = false)
	private LocalDate effectiveDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private TransferStatus status;

	@Column(name = "refusal_reasons", length = 1000)
	private String refusalReasons;

	@Column(name = "handed_over_at")
	private OffsetDateTime handedOverAt;

	protected Transfer() {
	}

	Transfer(long personId, TransferKind kind, long fromUnitId, long sendingUnitId, Decision decision,
			String ruleSet, String startedBy, OffsetDateTime startedAt) {
		super(personId, sendingUnitId, ruleSet, startedBy, startedAt);
		this.direction = kind.direction();
		this.kind = kind;
		this.deadlineKey = kind.deadlineKey().name();
		this.fromUnitId = fromUnitId;
		this.decisionNumber = decision.number();
		this.decisionDate = decision.date();
		this.decisionSigner = decision.signer();
		this.attachmentId = decision.attachmentId();
		this.effectiveDate = decision.effectiveDate();
		this.status = TransferStatus.IN_PROGRESS;
	}

	void destination(long toUnitId, long receivingUnitId, String newSection, String newPosition) {
		this.toUnitId = toUnitId;
		this.receivingUnitId = receivingUnitId;
		this.newSection = newSection;
		this.newPosition = newPosition;
	}

	void outOfProvince(String destinationAgency, String destinationProvince, String reason) {
		this.destinationAgency = destinationAgency;
		this.destinationProvince = destinationProvince;
		this.reason = reason;
	}

	void handedOver(OffsetDateTime at) {
		this.status = TransferStatus.HANDED_OVER;
		this.handedOverAt = at;
	}

	/** The receiving clerk refused: back to the sender, withdrawable again. */
	void refused(String reasons) {
		this.status = TransferStatus.IN_PROGRESS;
		this.refusalReasons = reasons;
		this.handedOverAt = null;
	}

	void applied() {
		this.status = TransferStatus.APPLIED;
	}

	void end(TransferStatus status, String reason, OffsetDateTime at) {
		this.status = status;
		close(reason, at);
	}

	TransferDirection getDirection() {
		return this.direction;
	}

	TransferKind getKind() {
		return this.kind;
	}

	String getDeadlineKey() {
		return this.deadlineKey;
	}

	long getFromUnitId() {
		return this.fromUnitId;
	}

	Long getToUnitId() {
		return this.toUnitId;
	}

	/** The unit that runs the move on the sending side (the district for its communes under DN Art. 8.2). */
	long getSendingUnitId() {
		return getUnitId();
	}

	Long getReceivingUnitId() {
		return this.receivingUnitId;
	}

	String getNewSection() {
		return this.newSection;
	}

	String getNewPosition() {
		return this.newPosition;
	}

	String getDestinationAgency() {
		return this.destinationAgency;
	}

	String getDestinationProvince() {
		return this.destinationProvince;
	}

	String getReason() {
		return this.reason;
	}

	String getDecisionNumber() {
		return this.decisionNumber;
	}

	LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	String getDecisionSigner() {
		return this.decisionSigner;
	}

	Long getAttachmentId() {
		return this.attachmentId;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	TransferStatus getStatus() {
		return this.status;
	}

	String getRefusalReasons() {
		return this.refusalReasons;
	}

	OffsetDateTime getHandedOverAt() {
		return this.handedOverAt;
	}

	/** The decision (quyết định) the move is made on. */
	record Decision(String number, LocalDate date, String signer, Long attachmentId, LocalDate effectiveDate) {
	}

}

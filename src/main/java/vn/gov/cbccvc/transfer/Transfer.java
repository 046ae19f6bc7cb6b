package vn.gov.cbccvc.transfer;

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

/**
 * One move of a person's record (TT06 Art. 11.1): inside the province from one unit to another, or out of it. The
 * rows of a person are the history of their moves; never deleted.
 */
@Entity
@Table(name = "transfer")
class Transfer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

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

	@Column(name = "sending_unit_id", nullable = false)
	private long sendingUnitId;

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

	@Column(name = "rule_set", nullable = false, length = 20)
	private String ruleSet;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private TransferStatus status;

	@Column(name = "status_reason", length = 1000)
	private String statusReason;

	@Column(name = "refusal_reasons", length = 1000)
	private String refusalReasons;

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

	@Column(name = "handed_over_at")
	private OffsetDateTime handedOverAt;

	@Column(name = "ended_at")
	private OffsetDateTime endedAt;

	@Version
	private long version;

	protected Transfer() {
	}

	Transfer(long personId, TransferKind kind, long fromUnitId, long sendingUnitId, Decision decision,
			String ruleSet, String startedBy, OffsetDateTime startedAt) {
		this.personId = personId;
		this.direction = kind.direction();
		this.kind = kind;
		this.deadlineKey = kind.deadlineKey().name();
		this.fromUnitId = fromUnitId;
		this.sendingUnitId = sendingUnitId;
		this.decisionNumber = decision.number();
		this.decisionDate = decision.date();
		this.decisionSigner = decision.signer();
		this.attachmentId = decision.attachmentId();
		this.effectiveDate = decision.effectiveDate();
		this.ruleSet = ruleSet;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.status = TransferStatus.IN_PROGRESS;
		this.openPersonId = personId;
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

	void attach(String processInstanceId) {
		this.processInstanceId = processInstanceId;
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

	void signed(long versionId, long signatureId) {
		this.versionId = versionId;
		this.signatureId = signatureId;
	}

	void applied() {
		this.status = TransferStatus.APPLIED;
	}

	void end(TransferStatus status, String reason, OffsetDateTime at) {
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

	long getSendingUnitId() {
		return this.sendingUnitId;
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

	String getRuleSet() {
		return this.ruleSet;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	TransferStatus getStatus() {
		return this.status;
	}

	String getStatusReason() {
		return this.statusReason;
	}

	String getRefusalReasons() {
		return this.refusalReasons;
	}

	Long getVersionId() {
		return this.versionId;
	}

	Long getSignatureId() {
		return this.signatureId;
	}

	Long getOpenPersonId() {
		return this.openPersonId;
	}

	OffsetDateTime getStartedAt() {
		return this.startedAt;
	}

	String getStartedBy() {
		return this.startedBy;
	}

	OffsetDateTime getHandedOverAt() {
		return this.handedOverAt;
	}

	OffsetDateTime getEndedAt() {
		return this.endedAt;
	}

	/** The decision (quyết định) the move is made on. */
	record Decision(String number, LocalDate date, String signer, Long attachmentId, LocalDate effectiveDate) {
	}

}

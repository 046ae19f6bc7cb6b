package vn.gov.cbccvc.transferin;

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

import vn.gov.cbccvc.profile.PersonCategory;

/** One person's transfer in: the receiving unit's dossier, DoHA's pull and where the pulled record came from. */
@Entity
@Table(name = "transfer_in")
class TransferIn {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "personal_id_number", nullable = false, length = 12)
	private String personalIdNumber;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private PersonCategory category;

	@Column(name = "from_agency", nullable = false, length = 300)
	private String fromAgency;

	@Column(name = "from_province", length = 100)
	private String fromProvince;

	@Column(name = "decision_number", nullable = false, length = 100)
	private String decisionNumber;

	@Column(name = "decision_date", nullable = false)
	private LocalDate decisionDate;

	@Column(name = "decision_signer", length = 200)
	private String decisionSigner;

	@Column(name = "dossier_handed_over_date", nullable = false)
	private LocalDate dossierHandedOverDate;

	@Column(name = "rule_set", nullable = false, length = 20)
	private String ruleSet;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private TransferInStatus status;

	@Column(name = "status_reason", length = 2000)
	private String statusReason;

	@Column(name = "person_id")
	private Long personId;

	@Column(name = "national_version_id", length = 100)
	private String nationalVersionId;

	@Column(name = "national_version_no")
	private Integer nationalVersionNo;

	@Column(name = "source_sha256", length = 64)
	private String sourceSha256;

	@Column(name = "source_agency", length = 100)
	private String sourceAgency;

	@Column(name = "source_province", length = 20)
	private String sourceProvince;

	@Column(name = "source_signer", length = 500)
	private String sourceSigner;

	@Column(name = "pulled_at")
	private OffsetDateTime pulledAt;

	@Column(name = "pulled_by", length = 100)
	private String pulledBy;

	@Column(name = "open_personal_id", length = 12)
	private String openPersonalId;

	@Column(name = "started_at", nullable = false)
	private OffsetDateTime startedAt;

	@Column(name = "started_by", nullable = false, length = 100)
	private String startedBy;

	@Column(name = "ended_at")
	private OffsetDateTime endedAt;

	@Version
	private long version;

	protected TransferIn() {
	}

	TransferIn(StartTransferIn command, String ruleSet, String startedBy, OffsetDateTime startedAt) {
		this.personalIdNumber = command.personalIdNumber();
		this.openPersonalId = command.personalIdNumber();
		this.unitId = command.unitId();
		this.category = command.category();
		this.fromAgency = command.fromAgency().strip();
		this.fromProvince = command.fromProvince();
		this.decisionNumber = command.decisionNumber().strip();
		this.decisionDate = command.decisionDate();
		this.decisionSigner = command.decisionSigner();
		this.dossierHandedOverDate = command.dossierHandedOverDate();
		this.ruleSet = ruleSet;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.status = TransferInStatus.IN_PROGRESS;
	}

	void attach(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void pulled(long personId, Origin origin, String by, OffsetDateTime at) {
		this.personId = personId;
		this.nationalVersionId = origin.nationalVersionId();
		this.nationalVersionNo = origin.versionNo();
		this.sourceSha256 = origin.sha256();
		this.sourceAgency = origin.sendingAgency();
		this.sourceProvince = origin.province();
		this.sourceSigner = origin.signer() == null || origin.signer().length() <= 500 ? origin.signer()
				: origin.signer().substring(0, 500);
		this.pulledBy = by;
		this.pulledAt = at;
		this.status = TransferInStatus.PULLED;
	}

	void end(TransferInStatus outcome, String reason, OffsetDateTime at) {
		this.status = outcome;
		this.statusReason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
		this.endedAt = at;
		this.openPersonalId = null;
	}

	/** Where the pulled record came from (TT06 Art. 11.1b). */
	record Origin(String nationalVersionId, Integer versionNo, String sha256, String sendingAgency, String province,
			String signer) {
	}

	Long getId() {
		return this.id;
	}

	String getPersonalIdNumber() {
		return this.personalIdNumber;
	}

	long getUnitId() {
		return this.unitId;
	}

	PersonCategory getCategory() {
		return this.category;
	}

	String getFromAgency() {
		return this.fromAgency;
	}

	String getFromProvince() {
		return this.fromProvince;
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

	LocalDate getDossierHandedOverDate() {
		return this.dossierHandedOverDate;
	}

	String getRuleSet() {
		return this.ruleSet;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	TransferInStatus getStatus() {
		return this.status;
	}

	String getStatusReason() {
		return this.statusReason;
	}

	Long getPersonId() {
		return this.personId;
	}

	String getNationalVersionId() {
		return this.nationalVersionId;
	}

	Integer getNationalVersionNo() {
		return this.nationalVersionNo;
	}

	String getSourceSha256() {
		return this.sourceSha256;
	}

	String getSourceAgency() {
		return this.sourceAgency;
	}

	String getSourceProvince() {
		return this.sourceProvince;
	}

	OffsetDateTime getPulledAt() {
		return this.pulledAt;
	}

	String getPulledBy() {
		return this.pulledBy;
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

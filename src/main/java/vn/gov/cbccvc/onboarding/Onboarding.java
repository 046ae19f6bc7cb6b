package vn.gov.cbccvc.onboarding;

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

/** One person's way into the database, from the recruitment decision or contract to the signed version. */
@Entity
@Table(name = "onboarding")
class Onboarding {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RecruitmentBasis basis;

	@Column(name = "decision_number", nullable = false, length = 100)
	private String decisionNumber;

	@Column(name = "decision_date", nullable = false)
	private LocalDate decisionDate;

	@Column(name = "decision_signer", length = 200)
	private String decisionSigner;

	@Column(name = "rule_set", nullable = false, length = 20)
	private String ruleSet;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OnboardingStatus status;

	@Column(name = "status_reason", length = 1000)
	private String statusReason;

	@Column(name = "started_at", nullable = false)
	private OffsetDateTime startedAt;

	@Column(name = "started_by", nullable = false, length = 100)
	private String startedBy;

	@Column(name = "ended_at")
	private OffsetDateTime endedAt;

	@Version
	private long version;

	protected Onboarding() {
	}

	Onboarding(long personId, long unitId, RecruitmentBasis basis, String decisionNumber, LocalDate decisionDate,
			String decisionSigner, String ruleSet, String startedBy, OffsetDateTime startedAt) {
		this.personId = personId;
		this.unitId = unitId;
		this.basis = basis;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
		this.decisionSigner = decisionSigner;
		this.ruleSet = ruleSet;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.status = OnboardingStatus.IN_PROGRESS;
	}

	void attach(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void end(OnboardingStatus status, String reason, OffsetDateTime at) {
		this.status = status;
		this.statusReason = reason;
		this.endedAt = at;
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

	RecruitmentBasis getBasis() {
		return this.basis;
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

	String getRuleSet() {
		return this.ruleSet;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	OnboardingStatus getStatus() {
		return this.status;
	}

	String getStatusReason() {
		return this.statusReason;
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

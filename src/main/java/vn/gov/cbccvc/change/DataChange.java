package vn.gov.cbccvc.change;

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

/** One change of data declared on an approved profile (TT06 Art. 6.3, HY Art. 10.5, HCM Art. 7.2c). */
@Entity
@Table(name = "data_change")
class DataChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "event_date", nullable = false)
	private LocalDate eventDate;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Column(name = "employee_username", nullable = false, length = 100)
	private String employeeUsername;

	@Column(name = "base_version_no", nullable = false)
	private int baseVersionNo;

	@Column(name = "rule_set", nullable = false, length = 20)
	private String ruleSet;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DataChangeStatus status;

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

	protected DataChange() {
	}

	DataChange(long personId, long unitId, LocalDate eventDate, String summary, String employeeUsername,
			int baseVersionNo, String ruleSet, String startedBy, OffsetDateTime startedAt) {
		this.personId = personId;
		this.unitId = unitId;
		this.eventDate = eventDate;
		this.summary = summary;
		this.employeeUsername = employeeUsername;
		this.baseVersionNo = baseVersionNo;
		this.ruleSet = ruleSet;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.status = DataChangeStatus.IN_PROGRESS;
		this.openPersonId = personId;
	}

	void attach(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	void signed(long versionId, long signatureId) {
		this.versionId = versionId;
		this.signatureId = signatureId;
	}

	void end(DataChangeStatus status, String reason, OffsetDateTime at) {
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

	LocalDate getEventDate() {
		return this.eventDate;
	}

	String getSummary() {
		return this.summary;
	}

	String getEmployeeUsername() {
		return this.employeeUsername;
	}

	int getBaseVersionNo() {
		return this.baseVersionNo;
	}

	String getRuleSet() {
		return this.ruleSet;
	}

	String getProcessInstanceId() {
		return this.processInstanceId;
	}

	DataChangeStatus getStatus() {
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

package vn.gov.cbccvc.workflow;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every request on a person's record shares (a status change, a change of data, a transfer): whose record,
 * which unit, under which rule set, its process instance, the signed version it produced and when it started and
 * ended. {@code open_person_id} is set while the request is open and carries a unique index, so the database
 * itself refuses a second open request of the same kind for one person.
 */
@MappedSuperclass
public abstract class RecordRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "rule_set", nullable = false, length = 20)
	private String ruleSet;

	@Column(name = "process_instance_id", length = 64)
	private String processInstanceId;

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

	protected RecordRequest() {
	}

	protected RecordRequest(long personId, long unitId, String ruleSet, String startedBy, OffsetDateTime startedAt) {
		this.personId = personId;
		this.unitId = unitId;
		this.ruleSet = ruleSet;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.openPersonId = personId;
	}

	public void attach(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public void signed(long versionId, long signatureId) {
		this.versionId = versionId;
		this.signatureId = signatureId;
	}

	/** The request no longer blocks another one for the same person. */
	protected void release() {
		this.openPersonId = null;
	}

	protected void close(String reason, OffsetDateTime at) {
		this.statusReason = reason;
		this.endedAt = at;
		release();
	}

	public Long getId() {
		return this.id;
	}

	public long getPersonId() {
		return this.personId;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public String getRuleSet() {
		return this.ruleSet;
	}

	public String getProcessInstanceId() {
		return this.processInstanceId;
	}

	public String getStatusReason() {
		return this.statusReason;
	}

	public Long getVersionId() {
		return this.versionId;
	}

	public Long getSignatureId() {
		return this.signatureId;
	}

	public OffsetDateTime getStartedAt() {
		return this.startedAt;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

	public OffsetDateTime getEndedAt() {
		return this.endedAt;
	}

}

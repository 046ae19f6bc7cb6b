package vn.gov.cbccvc.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.gov.cbccvc.workflow.RecordRequest;

/** One change of data declared on an approved profile (TT06 Art. 6.3, HY Art. 10.5, HCM Art. 7.2c). */
@Entity
@Table(name = "data_change")
class DataChange extends RecordRequest {

	@Column(name = "event_date", nullable = false)
	private LocalDate eventDate;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Column(name = "employee_username", nullable = false, length = 100)
	private String employeeUsername;

	@Column(name = "base_version_no", nullable = false)
	private int baseVersionNo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DataChangeStatus status;

	protected DataChange() {
	}

	DataChange(long personId, long unitId, LocalDate eventDate, String summary, String employeeUsername,
			int baseVersionNo, String ruleSet, String startedBy, OffsetDateTime startedAt) {
		super(personId, unitId, ruleSet, startedBy, startedAt);
		this.eventDate = eventDate;
		this.summary = summary;
		this.employeeUsername = employeeUsername;
		this.baseVersionNo = baseVersionNo;
		this.status = DataChangeStatus.IN_PROGRESS;
	}

	void end(DataChangeStatus status, String reason, OffsetDateTime at) {
		this.status = status;
		close(reason, at);
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

	DataChangeStatus getStatus() {
		return this.status;
	}

}

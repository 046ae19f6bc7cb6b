package vn.gov.cbccvc.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A change-of-data request as the API shows it. */
public record DataChangeView(long id, long personId, long unitId, LocalDate eventDate, String summary,
		String employeeUsername, int baseVersionNo, String ruleSet, String processInstanceId, String businessKey,
		DataChangeStatus status, String statusReason, Long versionId, Long signatureId, OffsetDateTime startedAt,
		String startedBy, OffsetDateTime endedAt) {

	static DataChangeView of(DataChange c) {
		return new DataChangeView(c.getId(), c.getPersonId(), c.getUnitId(), c.getEventDate(), c.getSummary(),
				c.getEmployeeUsername(), c.getBaseVersionNo(), c.getRuleSet(), c.getProcessInstanceId(),
				DataChangeProcess.businessKey(c.getId()), c.getStatus(), c.getStatusReason(), c.getVersionId(),
				c.getSignatureId(), c.getStartedAt(), c.getStartedBy(), c.getEndedAt());
	}

}

package vn.gov.cbccvc.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A status-change request as the API shows it. */
public record StatusChangeView(long id, long personId, long unitId, StatusKind kind, StatusChangeOrigin origin,
		String documentNumber, LocalDate documentDate, String documentSigner, Long attachmentId,
		LocalDate effectiveDate, String ruleSet, String processInstanceId, String businessKey,
		StatusChangeStatus status, String statusReason, Long versionId, Long signatureId, OffsetDateTime startedAt,
		String startedBy, OffsetDateTime endedAt) {

	static StatusChangeView of(StatusChange s) {
		return new StatusChangeView(s.getId(), s.getPersonId(), s.getUnitId(), s.getKind(), s.getOrigin(),
				s.getDocumentNumber(), s.getDocumentDate(), s.getDocumentSigner(), s.getAttachmentId(),
				s.getEffectiveDate(), s.getRuleSet(), s.getProcessInstanceId(),
				StatusChangeProcess.businessKey(s.getId()), s.getStatus(), s.getStatusReason(), s.getVersionId(),
				s.getSignatureId(), s.getStartedAt(), s.getStartedBy(), s.getEndedAt());
	}

}

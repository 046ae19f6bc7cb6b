package vn.gov.cbccvc.transfer;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A move as the API shows it. */
public record TransferView(long id, long personId, TransferDirection direction, TransferKind kind,
		String deadlineKey, long fromUnitId, Long toUnitId, long sendingUnitId, Long receivingUnitId,
		String newSection, String newPosition, String destinationAgency, String destinationProvince, String reason,
		String decisionNumber, LocalDate decisionDate, String decisionSigner, Long attachmentId,
		LocalDate effectiveDate, String ruleSet, String processInstanceId, String businessKey,
		TransferStatus status, String statusReason, String refusalReasons, Long versionId, Long signatureId,
		OffsetDateTime startedAt, String startedBy, OffsetDateTime handedOverAt, OffsetDateTime endedAt) {

	static TransferView of(Transfer t) {
		return new TransferView(t.getId(), t.getPersonId(), t.getDirection(), t.getKind(), t.getDeadlineKey(),
				t.getFromUnitId(), t.getToUnitId(), t.getSendingUnitId(), t.getReceivingUnitId(), t.getNewSection(),
				t.getNewPosition(), t.getDestinationAgency(), t.getDestinationProvince(), t.getReason(),
				t.getDecisionNumber(), t.getDecisionDate(), t.getDecisionSigner(), t.getAttachmentId(),
				t.getEffectiveDate(), t.getRuleSet(), t.getProcessInstanceId(), TransferProcess.businessKey(t.getId()),
				t.getStatus(), t.getStatusReason(), t.getRefusalReasons(), t.getVersionId(), t.getSignatureId(),
				t.getStartedAt(), t.getStartedBy(), t.getHandedOverAt(), t.getEndedAt());
	}

}

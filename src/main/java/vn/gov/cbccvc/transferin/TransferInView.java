package vn.gov.cbccvc.transferin;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.gov.cbccvc.profile.PersonCategory;

/** A transfer in as the API shows it; the personal ID number is masked. */
public record TransferInView(long id, String personalIdNumberMasked, long unitId, PersonCategory category,
		String fromAgency, String fromProvince, String decisionNumber, LocalDate decisionDate, String decisionSigner,
		LocalDate dossierHandedOverDate, String ruleSet, TransferInStatus status, String statusReason, Long personId,
		String nationalVersionId, Integer nationalVersionNo, String sourceSha256, String sourceAgency,
		String sourceProvince, OffsetDateTime pulledAt, String pulledBy, String processInstanceId,
		String businessKey, OffsetDateTime startedAt, String startedBy, OffsetDateTime endedAt) {

	static TransferInView of(TransferIn t) {
		String id = t.getPersonalIdNumber();
		return new TransferInView(t.getId(), "********" + id.substring(id.length() - 4), t.getUnitId(),
				t.getCategory(), t.getFromAgency(), t.getFromProvince(), t.getDecisionNumber(), t.getDecisionDate(),
				t.getDecisionSigner(), t.getDossierHandedOverDate(), t.getRuleSet(), t.getStatus(),
				t.getStatusReason(), t.getPersonId(), t.getNationalVersionId(), t.getNationalVersionNo(),
				t.getSourceSha256(), t.getSourceAgency(), t.getSourceProvince(), t.getPulledAt(), t.getPulledBy(),
				t.getProcessInstanceId(), TransferInProcess.businessKey(t.getId()), t.getStartedAt(),
				t.getStartedBy(), t.getEndedAt());
	}

}

package vn.gov.cbccvc.transfer;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.workflow.SignedRequestRecord;

/**
 * The canonical transfer record the head signs (TT06 Art. 8.4, 11.1): the decision, where the record goes (unit or
 * destination agency) and from when, bound to the hash of the TRANSFER version; re-verified through
 * {@code POST /api/signatures/{id}/verify}.
 */
@Component
class TransferRecordContent extends SignedRequestRecord<Transfer> {

	static final String SUBJECT_TYPE = "TRANSFER";

	TransferRecordContent(ProfileService profiles, TransferRepository requests) {
		super(profiles, requests);
	}

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	protected void describe(Transfer request, Map<String, Object> record) {
		record.put("transferId", request.getId());
		record.put("personId", request.getPersonId());
		record.put("kind", request.getKind().name());
		record.put("fromUnitId", request.getFromUnitId());
		record.put("toUnitId", request.getToUnitId());
		record.put("newSection", request.getNewSection());
		record.put("newPosition", request.getNewPosition());
		record.put("destinationAgency", request.getDestinationAgency());
		record.put("destinationProvince", request.getDestinationProvince());
		record.put("reason", request.getReason());
		record.put("decisionNumber", request.getDecisionNumber());
		record.put("decisionDate", request.getDecisionDate().toString());
		record.put("decisionSigner", request.getDecisionSigner());
		record.put("attachmentId", request.getAttachmentId());
		record.put("effectiveDate", request.getEffectiveDate().toString());
	}

}

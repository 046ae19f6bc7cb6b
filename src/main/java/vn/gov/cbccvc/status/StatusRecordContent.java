package vn.gov.cbccvc.status;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.workflow.SignedRequestRecord;

/**
 * The canonical status record the head signs (TT06 Art. 8.4, 11.2): the document, the new status and its date,
 * bound to the hash of the STATUS_CHANGE version.
 */
@Component
class StatusRecordContent extends SignedRequestRecord<StatusChange> {

	static final String SUBJECT_TYPE = "STATUS_CHANGE";

	StatusRecordContent(ProfileService profiles, StatusChangeRepository requests) {
		super(profiles, requests);
	}

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	protected void describe(StatusChange request, Map<String, Object> record) {
		record.put("statusChangeId", request.getId());
		record.put("personId", request.getPersonId());
		record.put("unitId", request.getUnitId());
		record.put("kind", request.getKind().name());
		record.put("recordStatus", request.getKind().recordStatus().name());
		record.put("effectiveDate", request.getEffectiveDate().toString());
		record.put("documentNumber", request.getDocumentNumber());
		record.put("documentDate", request.getDocumentDate() == null ? null : request.getDocumentDate().toString());
		record.put("documentSigner", request.getDocumentSigner());
		record.put("attachmentId", request.getAttachmentId());
	}

}

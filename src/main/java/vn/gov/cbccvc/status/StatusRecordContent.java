package vn.gov.cbccvc.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.signature.SignedContentResolver;

/**
 * The canonical status record the head signs (TT06 Art. 8.4, 11.2): the document, the new status and its date,
 * bound to the hash of the STATUS_CHANGE version. Rebuilt from the stored request to re-verify a signature.
 */
@Component
class StatusRecordContent implements SignedContentResolver {

	static final String SUBJECT_TYPE = "STATUS_CHANGE";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProfileService profiles;

	private final StatusChangeRepository requests;

	StatusRecordContent(ProfileService profiles, StatusChangeRepository requests) {
		this.profiles = profiles;
		this.requests = requests;
	}

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	public Optional<byte[]> currentContent(String subjectId) {
		return this.requests.findById(Long.valueOf(subjectId))
			.filter(r -> r.getVersionId() != null)
			.map(r -> canonical(r, this.profiles.versionInfo(r.getVersionId())));
	}

	/** Fixed field order, UTF-8, no whitespace: the same request always gives the same bytes. */
	static byte[] canonical(StatusChange request, ProfileVersionInfo version) {
		Map<String, Object> record = new LinkedHashMap<>();
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
		record.put("versionId", version.id());
		record.put("versionNo", version.versionNo());
		record.put("versionSha256", version.contentSha256());
		try {
			return JSON.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

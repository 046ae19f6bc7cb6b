package vn.gov.cbccvc.transfer;

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
 * The canonical transfer record the head signs (TT06 Art. 8.4, 11.1): the decision, where the record goes (unit or
 * destination agency) and from when, bound to the hash of the TRANSFER version. Rebuilt from the stored row to
 * re-verify a signature through {@code POST /api/signatures/{id}/verify}.
 */
@Component
class TransferRecordContent implements SignedContentResolver {

	static final String SUBJECT_TYPE = "TRANSFER";

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProfileService profiles;

	private final TransferRepository transfers;

	TransferRecordContent(ProfileService profiles, TransferRepository transfers) {
		this.profiles = profiles;
		this.transfers = transfers;
	}

	@Override
	public String subjectType() {
		return SUBJECT_TYPE;
	}

	@Override
	public Optional<byte[]> currentContent(String subjectId) {
		return this.transfers.findById(Long.valueOf(subjectId))
			.filter(t -> t.getVersionId() != null)
			.map(t -> canonical(t, this.profiles.versionInfo(t.getVersionId())));
	}

	/** Fixed field order, UTF-8, no whitespace: the same row always gives the same bytes. */
	static byte[] canonical(Transfer t, ProfileVersionInfo version) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("transferId", t.getId());
		record.put("personId", t.getPersonId());
		record.put("kind", t.getKind().name());
		record.put("fromUnitId", t.getFromUnitId());
		record.put("toUnitId", t.getToUnitId());
		record.put("newSection", t.getNewSection());
		record.put("newPosition", t.getNewPosition());
		record.put("destinationAgency", t.getDestinationAgency());
		record.put("destinationProvince", t.getDestinationProvince());
		record.put("reason", t.getReason());
		record.put("decisionNumber", t.getDecisionNumber());
		record.put("decisionDate", t.getDecisionDate().toString());
		record.put("decisionSigner", t.getDecisionSigner());
		record.put("attachmentId", t.getAttachmentId());
		record.put("effectiveDate", t.getEffectiveDate().toString());
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

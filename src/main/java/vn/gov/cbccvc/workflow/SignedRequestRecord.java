package vn.gov.cbccvc.workflow;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.data.repository.CrudRepository;

import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.signature.SignedContentResolver;

/**
 * The canonical record a head signs beside the new version of a request (a status change, a transfer: TT06
 * Art. 8.4): the request's own fields, then the version it produced bound by its hash. Rebuilt from the stored
 * row to re-verify a signature, so the bytes depend only on the row: fixed field order, UTF-8, no whitespace.
 */
public abstract class SignedRequestRecord<R extends RecordRequest> implements SignedContentResolver {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ProfileService profiles;

	private final CrudRepository<R, Long> requests;

	protected SignedRequestRecord(ProfileService profiles, CrudRepository<R, Long> requests) {
		this.profiles = profiles;
		this.requests = requests;
	}

	/** The request's fields in their signed order (the version's binding follows them). */
	protected abstract void describe(R request, Map<String, Object> record);

	@Override
	public Optional<byte[]> currentContent(String subjectId) {
		return this.requests.findById(Long.valueOf(subjectId))
			.filter(r -> r.getVersionId() != null)
			.map(r -> canonical(r, this.profiles.versionInfo(r.getVersionId())));
	}

	public byte[] canonical(R request, ProfileVersionInfo version) {
		Map<String, Object> record = new LinkedHashMap<>();
		describe(request, record);
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

package vn.gov.cbccvc.national;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Receives a province's signed version: checks it, then stores it once per idempotency key (same key and hash →
 * the same receipt; same key, another hash → 409), so a province's retry never stores twice (TT06 Art. 12.2-12.4).
 */
@Service
class NationalVersions {

	private static final Logger log = LoggerFactory.getLogger(NationalVersions.class);

	private static final Pattern KEY = Pattern.compile("([A-Za-z0-9._-]{1,20}):(\\d{1,19}):([0-9a-f]{64})");

	private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");

	private final NationalVersionStore store;

	private final SignedVersionVerifier verifier;

	private final ObjectMapper json;

	NationalVersions(NationalVersionStore store, SignedVersionVerifier verifier, ObjectMapper json) {
		this.store = store;
		this.verifier = verifier;
		this.json = json;
	}

	record Outcome(Receipt receipt, boolean created) {
	}

	@Transactional
	public Outcome receive(VersionSubmission s, String clientId, String clientProvince) {
		checkShape(s);
		if (!s.provinceCode().equals(clientProvince)) {
			throw new NationalRefusal(HttpStatus.FORBIDDEN, "national.wrong-province",
					"Tài khoản kết nối không được gửi dữ liệu của tỉnh " + s.provinceCode(),
					"This client may not send for province " + s.provinceCode());
		}
		Optional<Outcome> earlier = earlier(s);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		if (!s.idempotencyKey().endsWith(":" + s.sha256())) {
			throw bad("national.key-hash", "Khóa chống trùng phải kết thúc bằng mã băm SHA-256 của nội dung",
					"The idempotency key must end with the content's SHA-256");
		}
		byte[] content = decode(s.contentBase64(), "contentBase64");
		byte[] cms = s.signatureCmsBase64() == null ? null : decode(s.signatureCmsBase64(), "signatureCmsBase64");
		byte[] manifest = s.manifestBase64() == null ? null : decode(s.manifestBase64(), "manifestBase64");
		String signer = this.verifier.verify(content, s.sha256(), cms, manifest, s.manifestEntry());
		checkPersonInContent(content, s.personalIdNumber());
		Receipt receipt = new Receipt("NR-" + UUID.randomUUID(),
				Instant.now().truncatedTo(ChronoUnit.MILLIS).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime());
		try {
			this.store.insert(s, content, cms, manifest, entryText(s.manifestEntry()), signer, clientId, receipt);
		}
		catch (DuplicateKeyException ex) {
			// a concurrent re-send stored it first
			return earlier(s).orElseThrow(() -> ex);
		}
		log.info("Stored version {} of person ****{} from {}", s.versionNo(),
				s.personalIdNumber().substring(8), s.provinceCode());
		return new Outcome(receipt, true);
	}

	@Transactional(readOnly = true)
	public Optional<StoredVersion> latest(String personalIdNumber) {
		if (personalIdNumber == null || !PERSONAL_ID.matcher(personalIdNumber).matches()) {
			throw bad("national.personal-id", "Số định danh cá nhân phải gồm 12 chữ số",
					"The personal ID number must have 12 digits");
		}
		return this.store.latest(personalIdNumber);
	}

	private Optional<Outcome> earlier(VersionSubmission s) {
		return this.store.findByKey(s.idempotencyKey()).map(found -> {
			if (!found.sha256().equals(s.sha256())) {
				throw new NationalRefusal(HttpStatus.CONFLICT, "national.key-reused",
						"Khóa chống trùng đã dùng cho một nội dung khác", "The idempotency key was used for other content");
			}
			return new Outcome(found.receipt(), false);
		});
	}

	private void checkShape(VersionSubmission s) {
		if (s == null || s.idempotencyKey() == null || s.provinceCode() == null || s.sha256() == null
				|| s.contentBase64() == null || s.personalIdNumber() == null || s.versionNo() == null
				|| s.kind() == null || s.sendingAgencyCode() == null) {
			throw bad("national.missing-field", "Thiếu trường bắt buộc của thông điệp",
					"A required field of the message is missing");
		}
		var key = KEY.matcher(s.idempotencyKey());
		if (!key.matches() || !key.group(1).equals(s.provinceCode())) {
			throw bad("national.key-format", "Khóa chống trùng phải có dạng <mã tỉnh>:<mã phiên bản>:<sha256> khớp thông điệp",
					"The idempotency key must be <provinceCode>:<versionId>:<sha256> matching the message");
		}
		if (!PERSONAL_ID.matcher(s.personalIdNumber()).matches()) {
			throw bad("national.personal-id", "Số định danh cá nhân phải gồm 12 chữ số",
					"The personal ID number must have 12 digits");
		}
		if (s.kind().length() > 30 || s.sendingAgencyCode().length() > 20) {
			throw bad("national.field-length", "Loại phiên bản hoặc mã cơ quan quá dài",
					"The version kind or agency code is too long");
		}
	}

	/** The signed content must be the CV of the person the message names (TT06 Art. 3.6: keyed by the ID number). */
	private void checkPersonInContent(byte[] content, String personalIdNumber) {
		String inContent;
		try {
			inContent = this.json.readTree(content).path("identity").path("personalIdNumber").asText(null);
		}
		catch (java.io.IOException ex) {
			inContent = null;
		}
		if (!personalIdNumber.equals(inContent)) {
			throw NationalRefusal.unprocessable("national.person-mismatch",
					"Số định danh trong thông điệp khác số định danh trong hồ sơ đã ký",
					"The personal ID number of the message differs from the one in the signed profile");
		}
	}

	private String entryText(ManifestEntry entry) {
		if (entry == null) {
			return null;
		}
		try {
			return this.json.writeValueAsString(entry);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] decode(String base64, String field) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw bad("national.base64", "Trường " + field + " không phải Base64", field + " is not Base64");
		}
	}

	private static NationalRefusal bad(String code, String vi, String en) {
		return new NationalRefusal(HttpStatus.BAD_REQUEST, code, vi, en);
	}

}

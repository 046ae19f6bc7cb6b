package vn.gov.cbccvc.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.common.ValidationException;

/** Scanned evidence for CV fields (TT06 Art. 6.2, 6.3): PDF, JPEG or PNG up to the configured size. */
@Service
public class AttachmentService {

	/** Declared types a browser may send for any file; anything else must match what the bytes say. */
	private static final Set<String> GENERIC_TYPES = Set.of("", "application/octet-stream");

	private final AttachmentRepository attachments;

	private final PersonService personService;

	private final ProfileAccess access;

	private final ProfileProperties properties;

	AttachmentService(AttachmentRepository attachments, PersonService personService, ProfileAccess access,
			ProfileProperties properties) {
		this.attachments = attachments;
		this.personService = personService;
		this.access = access;
		this.properties = properties;
	}

	/**
	 * Stores one file supporting the field at {@code fieldPath} (e.g. {@code training.professional[0]}).
	 * @param declaredType the media type the client sent, may be null
	 */
	@Transactional
	public AttachmentInfo upload(long personId, String fieldPath, String fileName, String declaredType,
			byte[] content, String actor) {
		this.access.checkWrite(personId);
		this.personService.load(personId);
		List<FieldViolation> violations = new ArrayList<>();
		if (fieldPath == null || !fieldPath.matches("[A-Za-z][A-Za-z0-9]*(\\[\\d{1,4}\\])?(\\.[A-Za-z][A-Za-z0-9]*(\\[\\d{1,4}\\])?){0,5}")
				|| fieldPath.length() > 200) {
			violations.add(new FieldViolation("fieldPath", "attachment.field-path",
					"Phải ghi mục của sơ yếu lý lịch mà tệp chứng minh, ví dụ training.professional[0]",
					"Name the CV field the file supports, e.g. training.professional[0]"));
		}
		String name = safeName(fileName);
		long max = this.properties.attachmentMaxSize().toBytes();
		Optional<String> detected = EvidenceTypes.detect(content);
		if (content == null || content.length == 0) {
			violations.add(new FieldViolation("file", "attachment.empty", "Tệp rỗng", "The file is empty"));
		}
		else if (content.length > max) {
			violations.add(new FieldViolation("file", "attachment.too-large",
					"Tệp vượt quá dung lượng cho phép " + (max / 1024 / 1024) + " MB",
					"The file exceeds the size limit of " + (max / 1024 / 1024) + " MB"));
		}
		else if (detected.isEmpty()) {
			violations.add(new FieldViolation("file", "attachment.type-not-allowed",
					"Chỉ nhận tệp PDF, JPEG hoặc PNG (nội dung tệp không phải các loại này)",
					"Only PDF, JPEG or PNG files are accepted (the content is none of these)"));
		}
		else if (declaredType != null && !GENERIC_TYPES.contains(baseType(declaredType))
				&& !baseType(declaredType).equals(detected.get())) {
			violations.add(new FieldViolation("file", "attachment.type-mismatch",
					"Loại tệp khai báo (" + declaredType + ") không khớp nội dung (" + detected.get() + ")",
					"The declared type (" + declaredType + ") does not match the content (" + detected.get() + ")"));
		}
		ValidationException.throwIfAny(violations);
		Attachment saved = this.attachments.save(new Attachment(personId, fieldPath, name, detected.get(), content,
				Sha256.hex(content), actor, Actors.now()));
		return saved.info();
	}

	@Transactional(readOnly = true)
	public List<AttachmentInfo> list(long personId) {
		this.access.checkRead(personId);
		this.personService.load(personId);
		return this.attachments.listByPerson(personId);
	}

	@Transactional(readOnly = true)
	public AttachmentContent content(long personId, long attachmentId) {
		this.access.checkRead(personId);
		AttachmentInfo info = this.attachments.info(attachmentId, personId)
			.orElseThrow(() -> new NotFoundException("tệp đính kèm", attachmentId));
		byte[] bytes = this.attachments.content(attachmentId, personId).orElseThrow();
		return new AttachmentContent(info, bytes);
	}

	private static String baseType(String type) {
		int semi = type.indexOf(';');
		return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase();
	}

	/** Keeps only the last path segment, without control characters, so the name is safe in a header. */
	private static String safeName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "evidence";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}

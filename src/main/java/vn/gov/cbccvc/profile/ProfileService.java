package vn.gov.cbccvc.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.Identity;

/**
 * A person's CV: the working draft the employee edits (TT06 Art. 6.2), the reviewer's lock (HY Art. 10.3), and the
 * approval that freezes it into an immutable, hashable version (TT06 Art. 7.1) ready to be signed.
 */
@Service
public class ProfileService {

	/** Subject type of signatures over approved versions (the subject id is the version id). */
	public static final String SIGNED_SUBJECT_TYPE = "PROFILE_VERSION";

	/** Subject type of signatures over a draft as it was signed; the subject id is {@code <personId>:<sha256>}. */
	public static final String SNAPSHOT_SUBJECT_TYPE = "PROFILE_SNAPSHOT";


	private final PersonService personService;

	private final PersonRepository people;

	private final ProfileDraftRepository drafts;

	private final ProfileVersionRepository versions;

	private final AttachmentRepository attachments;

	private final CvValidator validator;

	private final ProfileAccess access;

	ProfileService(PersonService personService, PersonRepository people, ProfileDraftRepository drafts,
			ProfileVersionRepository versions, AttachmentRepository attachments, CvValidator validator,
			ProfileAccess access) {
		this.personService = personService;
		this.people = people;
		this.drafts = drafts;
		this.versions = versions;
		this.attachments = attachments;
		this.validator = validator;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public DraftView getDraft(long personId) {
		this.access.checkRead(personId);
		return DraftView.of(loadDraft(personId));
	}

	/**
	 * Replaces the draft after checking every rule; nothing is written when one fails.
	 * @param expectedVersion the draft version the caller edited, or null to skip the check
	 */
	@Transactional
	public DraftView saveDraft(long personId, CvDocument content, Long expectedVersion, String actor) {
		this.access.checkWrite(personId);
		Person person = this.personService.load(personId);
		ProfileDraft draft = loadDraft(personId);
		if (draft.isLockedForEditing()) {
			throw DomainException.conflict("profile.draft-locked",
					"Hồ sơ đã được khóa sau khi kiểm tra, không sửa được (QĐ Hưng Yên Điều 10.3)",
					"The profile is locked after review and cannot be edited (HY Art. 10.3)");
		}
		if (expectedVersion != null && expectedVersion != draft.getVersion()) {
			throw PersonService.staleRecord();
		}
		if (content == null) {
			throw DomainException.invalid("profile.empty", "Thiếu nội dung sơ yếu lý lịch", "The CV content is missing");
		}
		validate(person, content);
		draft.replace(content.schemaVersion(), CanonicalJson.write(content), actor, Actors.now());
		try {
			return DraftView.of(this.drafts.saveAndFlush(draft));
		}
		catch (OptimisticLockingFailureException ex) {
			throw PersonService.staleRecord();
		}
	}

	/** The reviewer locks the draft after checking it against the paper dossier (HY Art. 10.3), or unlocks it. */
	@Transactional
	public DraftView setDraftLocked(long personId, boolean locked, String actor) {
		this.access.checkManage(personId);
		ProfileDraft draft = loadDraft(personId);
		draft.lock(locked, actor, Actors.now());
		return DraftView.of(this.drafts.saveAndFlush(draft));
	}

	/**
	 * Freezes the draft as the next version (TT06 Art. 7.1): the content is re-checked, written in canonical JSON and
	 * hashed; the register's name, sex and birth date follow the approved CV; the draft is unlocked for the next
	 * change. Sign {@link #canonicalBytes(long)} of the returned version.
	 */
	@Transactional
	public ProfileVersionInfo approveDraft(long personId, VersionKind kind, String actor) {
		this.access.checkManage(personId);
		Objects.requireNonNull(kind, "kind");
		Person person = this.personService.load(personId);
		ProfileDraft draft = loadDraft(personId);
		CvDocument content = CanonicalJson.read(draft.getContent());
		validate(person, content);
		int next = this.versions.maxVersionNo(personId) + 1;
		ProfileVersion version;
		try {
			version = this.versions.save(new ProfileVersion(personId, next, content.schemaVersion(), kind,
					CanonicalJson.write(content), actor, Actors.now()));
			Identity id = content.identity();
			person.updateIdentity(id.birthName(), id.sex(), id.birthDate(),
					content.header() == null ? null : content.header().fileNumber(), Actors.now());
			this.people.saveAndFlush(person);
			draft.lock(false, actor, Actors.now());
			this.drafts.saveAndFlush(draft);
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException ex) {
			// two approvals of the same person raced for the same version number
			throw PersonService.staleRecord();
		}
		return ProfileVersionInfo.of(version);
	}

	/**
	 * Puts the latest approved content back into the draft and unlocks it: a withdrawn change of data (TT06 Art. 6.3,
	 * HY Art. 10.5) leaves nothing half-proposed behind. The approved versions are never touched.
	 */
	@Transactional
	public DraftView resetDraftToLatestVersion(long personId, String actor) {
		this.access.checkManage(personId);
		ProfileVersion latest = this.versions.findFirstByPersonIdOrderByVersionNoDesc(personId)
			.orElseThrow(() -> DomainException.conflict("profile.no-approved-version",
					"Hồ sơ chưa có phiên bản đã phê duyệt", "The profile has no approved version"));
		ProfileDraft draft = loadDraft(personId);
		draft.replace(latest.getSchemaVersion(), latest.getContent(), actor, Actors.now());
		draft.lock(false, actor, Actors.now());
		return DraftView.of(this.drafts.saveAndFlush(draft));
	}

	@Transactional(readOnly = true)
	public List<ProfileVersionInfo> versions(long personId) {
		this.access.checkRead(personId);
		this.personService.load(personId);
		return this.versions.listByPerson(personId);
	}

	@Transactional(readOnly = true)
	public VersionView version(long personId, int versionNo) {
		this.access.checkRead(personId);
		return VersionView.of(this.versions.findByPersonIdAndVersionNo(personId, versionNo)
			.orElseThrow(() -> new NotFoundException("phiên bản hồ sơ", personId + "/" + versionNo)));
	}

	/** The exact bytes to sign or verify: UTF-8 canonical JSON of the version. */
	@Transactional(readOnly = true)
	public byte[] canonicalBytes(long versionId) {
		ProfileVersion v = loadVersion(versionId);
		this.access.checkRead(v.getPersonId());
		return CanonicalJson.bytes(v.getContent());
	}

	/**
	 * The exact bytes of the working draft (its canonical JSON), for signatures given before approval: the
	 * employee's completion and the reviewer's verification (HCM Art. 7.2, 7.2a). The draft is locked after review,
	 * so the approved version has the same bytes.
	 */
	@Transactional(readOnly = true)
	public byte[] draftCanonicalBytes(long personId) {
		this.access.checkRead(personId);
		return CanonicalJson.bytes(loadDraft(personId).getContent());
	}

	/** The SHA-256 (hex) of {@link #canonicalBytes(long)}, as stored at approval. */
	@Transactional(readOnly = true)
	public ProfileVersionInfo versionInfo(long versionId) {
		ProfileVersion v = loadVersion(versionId);
		this.access.checkRead(v.getPersonId());
		return ProfileVersionInfo.of(v);
	}

	private void validate(Person person, CvDocument content) {
		List<FieldViolation> violations = new ArrayList<>(this.validator.check(content, LocalDate.now(Actors.ZONE)));
		Identity id = content.identity();
		if (id != null && id.personalIdNumber() != null
				&& !person.getPersonalIdNumber().equals(id.personalIdNumber())) {
			violations.add(new FieldViolation("identity.personalIdNumber", "personal-id.not-the-person",
					"Số định danh cá nhân phải trùng với số đã đăng ký của người này (TT06 Điều 3.6)",
					"The personal ID number must be the one registered for this person (TT06 Art. 3.6)"));
		}
		Long photo = content.header() == null ? null : content.header().photoAttachmentId();
		if (photo != null && !this.attachments.isImageOf(photo, personId(person))) {
			violations.add(new FieldViolation("header.photoAttachmentId", "photo.not-found",
					"Ảnh phải là tệp JPEG hoặc PNG đã tải lên cho người này",
					"The photo must be a JPEG or PNG uploaded for this person"));
		}
		ValidationException.throwIfAny(violations);
	}

	private static long personId(Person person) {
		return person.getId();
	}

	ProfileDraft loadDraft(long personId) {
		return this.drafts.findByPersonId(personId)
			.orElseThrow(() -> new NotFoundException("bản nháp hồ sơ của người", personId));
	}

	private ProfileVersion loadVersion(long versionId) {
		return this.versions.findById(versionId).orElseThrow(() -> new NotFoundException("phiên bản hồ sơ", versionId));
	}

}

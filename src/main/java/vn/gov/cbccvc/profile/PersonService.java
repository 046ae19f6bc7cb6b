package vn.gov.cbccvc.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.Header;
import vn.gov.cbccvc.profile.cv.Identity;

/** The register of people: adding, finding, and moving a person who leaves to the archive. Nothing is deleted. */
@Service
public class PersonService {

	private static final Logger log = LoggerFactory.getLogger(PersonService.class);

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final PersonRepository people;

	private final ProfileDraftRepository drafts;

	private final BeanViolations beanViolations;

	private final PersonalIdRules personalIdRules;

	private final ProfileAccess access;

	PersonService(PersonRepository people, ProfileDraftRepository drafts, BeanViolations beanViolations,
			PersonalIdRules personalIdRules, ProfileAccess access) {
		this.people = people;
		this.drafts = drafts;
		this.beanViolations = beanViolations;
		this.personalIdRules = personalIdRules;
		this.access = access;
	}

	/** Adds a person and opens their CV draft with what is already known (TT06 Art. 4.5: no re-declaring). */
	@Transactional
	public PersonView register(NewPerson request, String actor) {
		List<FieldViolation> violations = new ArrayList<>(this.beanViolations.check("", request));
		if (request.birthDate() != null && request.birthDate().isAfter(LocalDate.now(Actors.ZONE))) {
			violations.add(new FieldViolation("birthDate", "date.future", "Ngày sinh không được ở tương lai",
					"The birth date cannot be in the future"));
		}
		if (request.personalIdNumber() != null && request.personalIdNumber().matches("\\d{12}")) {
			violations.addAll(this.personalIdRules.check("personalIdNumber", request.personalIdNumber(),
					request.sex(), request.birthDate()));
		}
		ValidationException.throwIfAny(violations);
		this.access.checkCreate(request.unitId());
		if (this.people.existsByPersonalIdNumber(request.personalIdNumber())) {
			throw duplicate();
		}
		var now = Actors.now();
		Person person = new Person(request.personalIdNumber(), request.fullName().strip(), request.sex(),
				request.birthDate(), request.unitId(), request.category(), request.fileNumber(), now);
		try {
			person = this.people.saveAndFlush(person);
		}
		catch (DataIntegrityViolationException ex) {
			// another node registered the same number in between (TT06 Art. 3.6: one person, one identifier)
			throw duplicate();
		}
		CvDocument seed = CvDocument.of(new Header(null, null, request.fileNumber(), null),
				new Identity(person.getFullName().toUpperCase(VI), request.sex(), null, request.birthDate(), null, null,
						null, null, request.personalIdNumber(), null, null, null, null, null, null));
		this.drafts.save(new ProfileDraft(person.getId(), CvDocument.CURRENT_SCHEMA, CanonicalJson.write(seed), actor,
				now));
		log.info("Registered person {} ({}) in unit {}", person.getId(),
				PersonalIdRules.mask(person.getPersonalIdNumber()), person.getUnitId());
		return PersonView.of(person);
	}

	/**
	 * Someone who left the province or the sector comes back by a transfer in (TT06 Art. 11.1b): the archived record
	 * returns to the active list in the receiving unit with its approved versions kept, and its draft opens for the
	 * pulled content. Empty when the register does not know the number.
	 */
	@Transactional
	public Optional<PersonView> readmit(String personalIdNumber, long unitId, PersonCategory category, String reason,
			String actor) {
		this.access.checkCreate(unitId);
		Optional<Person> found = this.people.findByPersonalIdNumber(personalIdNumber);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Person person = found.get();
		if (person.getRecordStatus() == RecordStatus.ACTIVE) {
			throw DomainException.conflict("person.already-active",
					"Người này đang có hồ sơ hoạt động trong tỉnh; dùng điều động trong tỉnh",
					"This person's record is active in the province; use a move inside the province");
		}
		if (person.getRecordStatus() == RecordStatus.DECEASED) {
			throw DomainException.conflict("person.deceased", "Hồ sơ của người đã mất không thể tiếp nhận lại",
					"A deceased person's record cannot be taken in again");
		}
		var now = Actors.now();
		person.readmit(unitId, category, reason, now);
		this.drafts.findByPersonId(person.getId())
			.filter(ProfileDraft::isLockedForEditing)
			.ifPresent(draft -> draft.lock(false, actor, now));
		log.info("Readmitted person {} ({}) to unit {}", person.getId(),
				PersonalIdRules.mask(person.getPersonalIdNumber()), unitId);
		return Optional.of(PersonView.of(this.people.saveAndFlush(person)));
	}

	@Transactional(readOnly = true)
	public PersonView get(long personId) {
		this.access.checkRead(personId);
		return PersonView.of(load(personId));
	}

	@Transactional(readOnly = true)
	public Page<PersonView> search(PersonFilter filter, Pageable pageable) {
		this.access.checkList(filter.unitId());
		// the active list by default; asking for a status (e.g. RETIRED) also reaches the archive
		Boolean archived = filter.status() == null ? Boolean.FALSE : null;
		return this.people.findAll(spec(filter, archived), PageRequests.safe(pageable, Sort.by("fullName")))
			.map(PersonView::of);
	}

	/** People who left (TT06 Art. 11.2: the separate archive folder), most recently archived first. */
	@Transactional(readOnly = true)
	public Page<PersonView> archive(Long unitId, Pageable pageable) {
		this.access.checkArchive();
		return this.people
			.findAll(spec(new PersonFilter(unitId, null, null, null), Boolean.TRUE),
					PageRequests.safe(pageable, Sort.by(Sort.Direction.DESC, "archivedAt")))
			.map(PersonView::of);
	}

	/** See {@link #changeRecordStatus(long, RecordStatus, String, LocalDate, String)}. */
	@Transactional
	public PersonView changeRecordStatus(long personId, RecordStatus newStatus, String reason,
			LocalDate effectiveDate) {
		return changeRecordStatus(personId, newStatus, reason, effectiveDate, null);
	}

	/**
	 * Sets the record status from the effective document (HY Art. 11.3, HCM Art. 8.4). A person who leaves is
	 * archived, never deleted (TT06 Art. 11.2, HY Art. 12.1, DN Art. 8.5).
	 * @param destination where the record went, e.g. the receiving authority of a transfer
	 */
	@Transactional
	public PersonView changeRecordStatus(long personId, RecordStatus newStatus, String reason, LocalDate effectiveDate,
			String destination) {
		this.access.checkManage(personId);
		List<FieldViolation> violations = new ArrayList<>();
		if (newStatus == null) {
			violations.add(new FieldViolation("status", "required", "Bắt buộc nhập", "Required"));
		}
		if (effectiveDate == null) {
			violations.add(new FieldViolation("effectiveDate", "required", "Bắt buộc nhập", "Required"));
		}
		if (newStatus != null && newStatus.leaves() && (reason == null || reason.isBlank())) {
			violations.add(new FieldViolation("reason", "required", "Phải ghi lý do (văn bản có hiệu lực)",
					"Give the reason (the effective document)"));
		}
		if ((reason != null && reason.length() > 500) || (destination != null && destination.length() > 500)) {
			violations.add(new FieldViolation("reason", "size", "Độ dài tối đa 500", "At most 500 characters"));
		}
		ValidationException.throwIfAny(violations);
		Person person = load(personId);
		if (person.getRecordStatus() == newStatus) {
			throw DomainException.conflict("person.status-unchanged", "Hồ sơ đã ở trạng thái " + newStatus,
					"The record already has status " + newStatus);
		}
		if (person.getRecordStatus() == RecordStatus.DECEASED) {
			throw DomainException.conflict("person.deceased", "Không thể đổi trạng thái hồ sơ của người đã mất",
					"The status of a deceased person's record cannot change");
		}
		person.changeStatus(newStatus, reason, effectiveDate, destination, Actors.now());
		try {
			return PersonView.of(this.people.saveAndFlush(person));
		}
		catch (OptimisticLockingFailureException ex) {
			throw staleRecord();
		}
	}

	Person load(long personId) {
		return this.people.findById(personId).orElseThrow(() -> new NotFoundException("người", personId));
	}

	static DomainException staleRecord() {
		return DomainException.conflict("stale-record",
				"Hồ sơ vừa được người khác thay đổi; hãy tải lại rồi thử lại",
				"The record was changed by someone else; reload and try again");
	}

	private static DomainException duplicate() {
		return new DomainException(org.springframework.http.HttpStatus.CONFLICT, "person.duplicate-personal-id",
				"Số định danh cá nhân đã có trong cơ sở dữ liệu (mỗi người một mã, TT06 Điều 3.6)",
				"The personal ID number is already registered (one person, one identifier, TT06 Art. 3.6)",
				List.of(new FieldViolation("personalIdNumber", "duplicate", "Đã tồn tại", "Already registered")));
	}

	private static Specification<Person> spec(PersonFilter f, Boolean archived) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (archived != null) {
				where.add(cb.equal(root.get("archived"), archived));
			}
			if (f.unitId() != null) {
				where.add(cb.equal(root.get("unitId"), f.unitId()));
			}
			if (f.status() != null) {
				where.add(cb.equal(root.get("recordStatus"), f.status()));
			}
			if (f.category() != null) {
				where.add(cb.equal(root.get("category"), f.category()));
			}
			if (f.name() != null && !f.name().isBlank()) {
				String key = NameKeys.of(f.name()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
				where.add(cb.like(root.get("nameKey"), "%" + key + "%", '\\'));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}

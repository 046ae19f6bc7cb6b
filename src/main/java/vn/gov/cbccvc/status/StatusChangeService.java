package vn.gov.cbccvc.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.profile.AttachmentService;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.RecordStatus;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.security.CurrentUsers;
import vn.gov.cbccvc.security.PersonDataAccess;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.workflow.RecordApprovers;

/**
 * Starts, completes and withdraws status changes (TT06 Art. 11.2, DN Art. 8.5, HY Art. 11.3, HCM Art. 8.4): the
 * request row and {@value StatusChangeProcess#KEY} are written in one transaction; at most one open request per
 * person, guarded by the database so two nodes cannot both start one.
 */
@Service
public class StatusChangeService {

	private final RecordApprovers approvers;

	static final ZoneId ZONE = ZoneId.of(CbccvcApplication.ZONE);

	private final StatusChangeRepository requests;

	private final PersonService people;

	private final AttachmentService attachments;

	private final RuntimeService runtime;

	private final RuleSetRegistry ruleSets;

	private final Validator validator;

	private final CurrentUsers users;

	private final PersonDataAccess access;

	private final IdentityService identity;

	private final AccountService accounts;

	StatusChangeService(StatusChangeRepository requests, PersonService people, AttachmentService attachments,
			RuntimeService runtime, RuleSetRegistry ruleSets, Validator validator,
			CurrentUsers users, PersonDataAccess access, IdentityService identity,
			AccountService accounts, RecordApprovers approvers) {
		this.approvers = approvers;
		this.requests = requests;
		this.people = people;
		this.attachments = attachments;
		this.runtime = runtime;
		this.ruleSets = ruleSets;
		this.validator = validator;
		this.users = users;
		this.access = access;
		this.identity = identity;
		this.accounts = accounts;
	}

	/** From the clerk's effective document; nothing is written when a rule fails. */
	@Transactional
	public StatusChangeView start(StartStatusChange command, String actor) {
		List<FieldViolation> violations = new ArrayList<>();
		this.validator.validate(command)
			.forEach(v -> violations.add(new FieldViolation(v.getPropertyPath().toString(), "constraint",
					v.getMessage(), v.getMessage())));
		ValidationException.throwIfAny(violations);
		PersonView person = activePerson(command.personId());
		requireClerkOver(person.unitId());
		LocalDate effective = command.effectiveOrDocumentDate();
		checkDocument(person, command.documentDate(), command.attachmentId(), effective, violations);
		ValidationException.throwIfAny(violations);
		StatusChange request = new StatusChange(person.id(), person.unitId(), command.kind(),
				StatusChangeOrigin.DOCUMENT, effective, this.ruleSets.inForce().code(), actor, OffsetDateTime.now(ZONE));
		request.document(command.documentNumber().trim(), command.documentDate(), command.documentSigner(),
				command.attachmentId());
		return launch(request);
	}

	/**
	 * From the retirement forecast: starts a retirement ahead of its date, without the decision yet (the clerk
	 * enters it when preparing). Empty when the person is no longer active, already has an open request, or was
	 * started by the forecast before (a withdrawn one, e.g. an extension of service, is not restarted).
	 */
	@Transactional
	public Optional<StatusChangeView> startRetirementAhead(long personId, LocalDate retirementDate) {
		PersonView person = this.people.get(personId);
		if (person.recordStatus() != RecordStatus.ACTIVE || this.requests.existsByOpenPersonId(personId)
				|| this.requests.existsByPersonIdAndOrigin(personId, StatusChangeOrigin.RETIREMENT_FORECAST)) {
			return Optional.empty();
		}
		return Optional.of(launch(new StatusChange(person.id(), person.unitId(), StatusKind.RETIRED,
				StatusChangeOrigin.RETIREMENT_FORECAST, retirementDate, this.ruleSets.inForce().code(), "system",
				OffsetDateTime.now(ZONE))));
	}

	@Transactional(readOnly = true)
	public StatusChangeView get(long id) {
		StatusChange request = load(id);
		this.users.current().ifPresent(u -> this.access.requireRead(request.getPersonId(), request.getUnitId()));
		return StatusChangeView.of(request);
	}

	/** The document was revoked or entered by mistake: stops the process from any waiting state before archiving. */
	@Transactional
	public void withdraw(long id, String reason, String actor) {
		StatusChange request = load(id);
		requireClerkOver(request.getUnitId());
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("status-change.reason-required", "Cần nêu lý do rút",
					"A reason is required");
		}
		if (!request.getStatus().open()) {
			throw DomainException.conflict("status-change.not-in-progress",
					"Yêu cầu đã kết thúc hoặc hồ sơ đã được lưu trữ", "The request has ended or the record is archived");
		}
		// the domain rule above decides who may withdraw; the engine's instance permissions are not granted to clerks
		Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			this.runtime.createMessageCorrelation(StatusChangeProcess.MESSAGE_WITHDRAWN)
				.processInstanceId(request.getProcessInstanceId())
				.setVariable(StatusChangeProcess.WITHDRAWAL_REASON, reason.trim() + " (" + actor + ")")
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			// already withdrawn, the withdrawal job not yet run
			throw DomainException.conflict("status-change.not-in-progress", "Yêu cầu đang được rút",
					"The request is already being withdrawn");
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

	/** The clerk completes the document when preparing (a retirement started ahead has none yet). */
	@Transactional
	public void completeDocument(long id, DocumentDetails details) {
		StatusChange request = load(id);
		List<FieldViolation> violations = new ArrayList<>();
		String number = details == null || details.documentNumber() == null ? request.getDocumentNumber()
				: details.documentNumber().trim();
		LocalDate date = details == null || details.documentDate() == null ? request.getDocumentDate()
				: details.documentDate();
		if (number == null || number.isBlank() || number.length() > 100) {
			violations.add(new FieldViolation("documentNumber", "required",
					"Phải nhập số văn bản có hiệu lực (tối đa 100 ký tự)", "The document number is required (max 100)"));
		}
		if (date == null) {
			violations.add(new FieldViolation("documentDate", "required", "Phải nhập ngày văn bản",
					"The document date is required"));
		}
		String signer = details == null || details.documentSigner() == null ? request.getDocumentSigner()
				: details.documentSigner();
		if (signer != null && signer.length() > 200) {
			violations.add(new FieldViolation("documentSigner", "size", "Độ dài tối đa 200", "At most 200 characters"));
		}
		Long attachment = details == null || details.attachmentId() == null ? request.getAttachmentId()
				: details.attachmentId();
		if (date != null) {
			checkDocument(this.people.get(request.getPersonId()), date, attachment, request.getEffectiveDate(),
					violations);
		}
		ValidationException.throwIfAny(violations);
		request.document(number, date, signer, attachment);
	}

	@Transactional
	void signed(long id, long versionId, long signatureId) {
		load(id).signed(versionId, signatureId);
	}

	@Transactional
	void archived(long id) {
		load(id).archived();
	}

	@Transactional
	void end(long id, StatusChangeStatus status, String reason) {
		load(id).end(status, reason, OffsetDateTime.now(ZONE));
	}

	StatusChange load(long id) {
		return this.requests.findById(id).orElseThrow(() -> new NotFoundException("yêu cầu cập nhật tình trạng", id));
	}

	private StatusChangeView launch(StatusChange request) {
		StatusChange saved;
		try {
			saved = this.requests.saveAndFlush(request);
		}
		catch (DataIntegrityViolationException ex) {
			throw alreadyOpen();
		}
		Map<String, Object> vars = new HashMap<>();
		vars.put(StatusChangeProcess.PERSON_ID, saved.getPersonId());
		vars.put(StatusChangeProcess.UNIT_ID, saved.getUnitId());
		vars.put(StatusChangeProcess.STATUS_CHANGE_ID, saved.getId());
		vars.put(StatusChangeProcess.KIND, saved.getKind().name());
		vars.put(StatusChangeProcess.EFFECTIVE_DATE, saved.getEffectiveDate().toString());
		vars.put(StatusChangeProcess.EFFECTIVE_AT, Date.from(saved.getEffectiveDate().atStartOfDay(ZONE).toInstant()));
		vars.put(StatusChangeProcess.CLERK_GROUP, Roles.unitRoleGroup(saved.getUnitId(), Roles.CLERK));
		vars.put(StatusChangeProcess.HEAD_GROUP, this.approvers.approverGroup(saved.getPersonId(), saved.getUnitId()));
		ProcessInstance instance = this.runtime.createProcessInstanceByKey(StatusChangeProcess.KEY)
			.businessKey(StatusChangeProcess.businessKey(saved.getId()))
			.setVariables(vars)
			.execute();
		saved.attach(instance.getId());
		return StatusChangeView.of(saved);
	}

	private PersonView activePerson(long personId) {
		PersonView person = this.people.get(personId);
		if (person.recordStatus() != RecordStatus.ACTIVE) {
			throw DomainException.conflict("status-change.not-active", "Hồ sơ không còn ở trạng thái đang công tác",
					"The record is no longer active");
		}
		if (this.requests.existsByOpenPersonId(personId)) {
			throw alreadyOpen();
		}
		return person;
	}

	private void checkDocument(PersonView person, LocalDate documentDate, Long attachmentId, LocalDate effective,
			List<FieldViolation> violations) {
		if (documentDate.isAfter(LocalDate.now(ZONE))) {
			violations.add(new FieldViolation("documentDate", "date.future", "Ngày văn bản không được ở tương lai",
					"The document date cannot be in the future"));
		}
		if (effective.isBefore(person.birthDate())) {
			violations.add(new FieldViolation("effectiveDate", "date.before-birth",
					"Ngày có hiệu lực không được trước ngày sinh", "The effective date cannot precede the birth date"));
		}
		if (attachmentId != null
				&& this.attachments.list(person.id()).stream().noneMatch(a -> a.id() == attachmentId)) {
			violations.add(new FieldViolation("attachmentId", "attachment.unknown",
					"Bản quét không thuộc hồ sơ của người này", "The scan is not an attachment of this person"));
		}
	}

	private void requireClerkOver(long unitId) {
		this.users.current().ifPresent(user -> {
			if (!user.isAccountAdmin() && !this.access.holdsRoleOver(user, Roles.CLERK, unitId)) {
				throw new DomainException(HttpStatus.FORBIDDEN, "access-denied",
						"Chỉ công chức đầu mối của đơn vị được thực hiện", "Only the unit's focal-point clerk may do this");
			}
		});
	}

	private static DomainException alreadyOpen() {
		return DomainException.conflict("status-change.already-open",
				"Hồ sơ này đang có một yêu cầu cập nhật tình trạng chưa kết thúc",
				"This record already has an open status change");
	}

	/**
	 * What the clerk may complete when preparing; travels as the prepare task's variables (the Tasklist form's
	 * fields), so the task's complete listener applies it whichever way the task is completed. Blank = unchanged.
	 */
	public record DocumentDetails(String documentNumber, LocalDate documentDate, String documentSigner,
			Long attachmentId) {

		static final String NUMBER = "documentNumber";

		static final String DATE = "documentDate";

		static final String SIGNER = "documentSigner";

		static final String ATTACHMENT = "attachmentId";

		/** Every key, null included, so details of an earlier round are not applied again. */
		Map<String, Object> variables() {
			Map<String, Object> vars = new HashMap<>();
			vars.put(NUMBER, this.documentNumber);
			vars.put(DATE, this.documentDate == null ? null : this.documentDate.toString());
			vars.put(SIGNER, this.documentSigner);
			vars.put(ATTACHMENT, this.attachmentId);
			return vars;
		}

		static DocumentDetails of(VariableScope task) {
			return new DocumentDetails(text(task.getVariable(NUMBER)), date(task.getVariable(DATE)),
					text(task.getVariable(SIGNER)), id(task.getVariable(ATTACHMENT)));
		}

		private static String text(Object value) {
			return value == null || value.toString().isBlank() ? null : value.toString();
		}

		private static LocalDate date(Object value) {
			String text = text(value);
			try {
				// a Tasklist date field sends yyyy-MM-dd
				return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new ValidationException(List.of(new FieldViolation(DATE, "date.format",
						"Ngày văn bản không hợp lệ (yyyy-MM-dd)", "The document date is not a date (yyyy-MM-dd)")));
			}
		}

		private static Long id(Object value) {
			if (value instanceof Number n) {
				return n.longValue();
			}
			String text = text(value);
			try {
				return text == null ? null : Long.valueOf(text.trim());
			}
			catch (NumberFormatException ex) {
				throw new ValidationException(List.of(new FieldViolation(ATTACHMENT, "attachment.unknown",
						"Mã bản quét không hợp lệ", "The scan id is not a number")));
			}
		}

	}

}

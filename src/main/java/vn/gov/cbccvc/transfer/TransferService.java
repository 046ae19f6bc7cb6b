package vn.gov.cbccvc.transfer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.organisation.UnitView;
import vn.gov.cbccvc.profile.AttachmentService;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.RecordStatus;
import vn.gov.cbccvc.ruleset.RuleSet;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.security.CurrentUsers;
import vn.gov.cbccvc.security.PersonDataAccess;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.workflow.RecordApprovers;

/**
 * Starts, lists and withdraws the record's moves (TT06 Art. 11.1; DN Art. 8.1, 8.2; HY Art. 11.1, 11.3;
 * HCM Art. 8.1–8.3): the transfer row and its process are written in one transaction; at most one open move per
 * person, guarded by the database so two nodes cannot both start one.
 */
@Service
public class TransferService {

	static final ZoneId ZONE = ZoneId.of(CbccvcApplication.ZONE);

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "startedAt");

	private final TransferRepository transfers;

	private final TransferRouting routing;

	private final PersonService people;

	private final AttachmentService attachments;

	private final OrganisationDirectory organisation;

	private final RuntimeService runtime;

	private final IdentityService identity;

	private final RuleSetRegistry ruleSets;

	private final Validator validator;

	private final CurrentUsers users;

	private final PersonDataAccess access;

	private final RecordApprovers approvers;

	TransferService(TransferRepository transfers, TransferRouting routing, PersonService people,
			AttachmentService attachments, OrganisationDirectory organisation, RuntimeService runtime,
			IdentityService identity, RuleSetRegistry ruleSets, Validator validator, CurrentUsers users,
			PersonDataAccess access, RecordApprovers approvers) {
		this.transfers = transfers;
		this.routing = routing;
		this.people = people;
		this.attachments = attachments;
		this.organisation = organisation;
		this.runtime = runtime;
		this.identity = identity;
		this.ruleSets = ruleSets;
		this.validator = validator;
		this.users = users;
		this.access = access;
		this.approvers = approvers;
	}

	/** A move inside the province on its decision; nothing is written when a rule fails. */
	@Transactional
	public TransferView startMove(StartTransfer command, String actor) {
		List<FieldViolation> violations = beanViolations(command);
		ValidationException.throwIfAny(violations);
		PersonView person = activePerson(command.personId());
		Transfer.Decision decision = command.decision();
		checkDecision(person, decision, violations);
		UnitView target = this.organisation.findUnit(command.toUnitId()).orElse(null);
		if (target == null || !target.active()) {
			violations.add(new FieldViolation("toUnitId", "unit.unknown", "Đơn vị chuyển đến không tồn tại hoặc đã giải thể",
					"The receiving unit does not exist or is closed"));
		}
		String section = StartTransfer.blankToNull(command.newSection());
		if (target != null && target.id() == person.unitId() && section == null) {
			violations.add(new FieldViolation("toUnitId", "transfer.same-unit",
					"Chuyển trong cùng đơn vị phải nêu bộ phận mới (HCM Điều 8.1)",
					"A move inside the same unit needs the new section (HCM Art. 8.1)"));
		}
		ValidationException.throwIfAny(violations);
		RuleSet rules = this.ruleSets.inForce();
		TransferRoute route = this.routing.route(rules, person.unitId(), target.id());
		requireClerkOver(route.sendingUnitId(), person.unitId());
		Transfer transfer = new Transfer(person.id(), route.kind(), person.unitId(), route.sendingUnitId(), decision,
				rules.code(), actor, OffsetDateTime.now(ZONE));
		transfer.destination(target.id(), route.receivingUnitId(), section,
				StartTransfer.blankToNull(command.newPosition()));
		Map<String, Object> vars = new HashMap<>();
		vars.put(TransferProcess.RECEIVING_UNIT_ID, route.receivingUnitId());
		vars.put(TransferProcess.SENDING_CLERK_GROUP, Roles.unitRoleGroup(route.sendingUnitId(), Roles.CLERK));
		vars.put(TransferProcess.RECEIVING_CLERK_GROUP, Roles.unitRoleGroup(route.receivingUnitId(), Roles.CLERK));
		vars.put(TransferProcess.HEAD_GROUP, this.approvers.approverGroup(person.id(), route.receivingUnitId()));
		return launch(TransferProcess.KEY, transfer, vars);
	}

	/** A transfer out of the province or of the state sector (TT06 Art. 11.1a); nothing is written when a rule fails. */
	@Transactional
	public TransferView startOut(StartTransferOut command, String actor) {
		List<FieldViolation> violations = beanViolations(command);
		ValidationException.throwIfAny(violations);
		PersonView person = activePerson(command.personId());
		Transfer.Decision decision = command.decision();
		checkDecision(person, decision, violations);
		ValidationException.throwIfAny(violations);
		requireClerkOver(person.unitId(), person.unitId());
		Transfer transfer = new Transfer(person.id(), command.kind(), person.unitId(), person.unitId(), decision,
				this.ruleSets.inForce().code(), actor, OffsetDateTime.now(ZONE));
		transfer.outOfProvince(command.destinationAgency().trim(),
				StartTransfer.blankToNull(command.destinationProvince()), command.reason().trim());
		Map<String, Object> vars = new HashMap<>();
		vars.put(TransferProcess.SENDING_CLERK_GROUP, Roles.unitRoleGroup(person.unitId(), Roles.CLERK));
		vars.put(TransferProcess.HEAD_GROUP, this.approvers.approverGroup(person.id(), person.unitId()));
		return launch(TransferProcess.KEY_OUT, transfer, vars);
	}

	@Transactional(readOnly = true)
	public TransferView get(long id) {
		Transfer transfer = load(id);
		// whoever manages the record now (after the move: the new unit) reads its moves
		PersonView person = this.people.get(transfer.getPersonId());
		this.users.current().ifPresent(u -> this.access.requireRead(person.id(), person.unitId()));
		return TransferView.of(transfer);
	}

	/** The history of a person's moves, newest first. */
	@Transactional(readOnly = true)
	public Page<TransferView> history(long personId, Pageable pageable) {
		PersonView person = this.people.get(personId);
		this.users.current().ifPresent(u -> this.access.requireRead(person.id(), person.unitId()));
		return this.transfers.findByPersonId(personId, withOrder(pageable)).map(TransferView::of);
	}

	/** What a unit sends or receives, optionally of one status, newest first. */
	@Transactional(readOnly = true)
	public Page<TransferView> forUnit(long unitId, TransferStatus status, Pageable pageable) {
		requireClerkOver(unitId, unitId);
		return this.transfers.findForUnit(unitId, status, withOrder(pageable)).map(TransferView::of);
	}

	/**
	 * Withdrawal or cancellation (the decision was revoked or entered by mistake) while the record has not been
	 * handed over (or released): the process stops, the record stays where it is. Afterwards: 409.
	 */
	@Transactional
	public void withdraw(long id, String reason, String actor) {
		Transfer transfer = load(id);
		requireClerkOver(transfer.getSendingUnitId(), transfer.getFromUnitId());
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("transfer.reason-required", "Cần nêu lý do rút hoặc hủy",
					"A reason is required");
		}
		if (transfer.getStatus() != TransferStatus.IN_PROGRESS) {
			throw transfer.getStatus().open()
					? DomainException.conflict("transfer.handed-over",
							"Hồ sơ đã được bàn giao hoặc đã chuyển, không rút được nữa",
							"The record has been handed over or moved: the transfer can no longer be withdrawn")
					: DomainException.conflict("transfer.not-in-progress", "Việc điều chuyển đã kết thúc",
							"The transfer has ended");
		}
		// the domain rule above decides who may withdraw; the engine's instance permissions are not granted to clerks
		Authentication caller = this.identity.getCurrentAuthentication();
		this.identity.clearAuthentication();
		try {
			this.runtime.createMessageCorrelation(TransferProcess.MESSAGE_WITHDRAWN)
				.processInstanceId(transfer.getProcessInstanceId())
				.setVariable(TransferProcess.WITHDRAWAL_REASON, reason.trim() + " (" + actor + ")")
				.correlate();
		}
		catch (MismatchingMessageCorrelationException ex) {
			// already withdrawn (job not yet run), or the hand-over is being recorded
			throw DomainException.conflict("transfer.not-in-progress", "Việc điều chuyển đang được rút hoặc bàn giao",
					"The transfer is already being withdrawn or handed over");
		}
		finally {
			if (caller != null) {
				this.identity.setAuthentication(caller);
			}
		}
	}

	@Transactional
	void handedOver(long id) {
		Transfer transfer = load(id);
		if (transfer.getStatus() == TransferStatus.IN_PROGRESS) {
			transfer.handedOver(OffsetDateTime.now(ZONE));
		}
	}

	@Transactional
	void refused(long id, String reasons) {
		load(id).refused(reasons);
	}

	@Transactional
	void applied(long id) {
		load(id).applied();
	}

	@Transactional
	void end(long id, TransferStatus status, String reason) {
		Transfer transfer = load(id);
		if (transfer.getStatus().open()) {
			transfer.end(status, reason, OffsetDateTime.now(ZONE));
		}
	}

	Transfer load(long id) {
		return this.transfers.findById(id).orElseThrow(() -> new NotFoundException("việc điều chuyển hồ sơ", id));
	}

	private TransferView launch(String processKey, Transfer transfer, Map<String, Object> extra) {
		Transfer saved;
		try {
			saved = this.transfers.saveAndFlush(transfer);
		}
		catch (DataIntegrityViolationException ex) {
			throw alreadyOpen();
		}
		Map<String, Object> vars = new HashMap<>(extra);
		vars.put(TransferProcess.PERSON_ID, saved.getPersonId());
		vars.put(TransferProcess.UNIT_ID, saved.getSendingUnitId());
		vars.put(TransferProcess.TRANSFER_ID, saved.getId());
		vars.put(TransferProcess.KIND, saved.getKind().name());
		vars.put(TransferProcess.DEADLINE_KEY, saved.getDeadlineKey());
		vars.put(TransferProcess.EFFECTIVE_DATE, saved.getEffectiveDate().toString());
		vars.put(TransferProcess.EFFECTIVE_AT, Date.from(saved.getEffectiveDate().atStartOfDay(ZONE).toInstant()));
		ProcessInstance instance = this.runtime.createProcessInstanceByKey(processKey)
			.businessKey(TransferProcess.businessKey(saved.getId()))
			.setVariables(vars)
			.execute();
		saved.attach(instance.getId());
		return TransferView.of(saved);
	}

	private List<FieldViolation> beanViolations(Object command) {
		List<FieldViolation> violations = new ArrayList<>();
		this.validator.validate(command)
			.forEach(v -> violations.add(new FieldViolation(v.getPropertyPath().toString(), "constraint",
					v.getMessage(), v.getMessage())));
		return violations;
	}

	private PersonView activePerson(long personId) {
		PersonView person = this.people.get(personId);
		if (person.recordStatus() != RecordStatus.ACTIVE) {
			throw DomainException.conflict("transfer.not-active", "Hồ sơ không còn ở trạng thái đang công tác",
					"The record is no longer active");
		}
		if (this.transfers.existsByOpenPersonId(personId)) {
			throw alreadyOpen();
		}
		return person;
	}

	private void checkDecision(PersonView person, Transfer.Decision decision, List<FieldViolation> violations) {
		if (decision.effectiveDate().isBefore(decision.date())) {
			violations.add(new FieldViolation("effectiveDate", "date.before-decision",
					"Ngày có hiệu lực không được trước ngày quyết định",
					"The effective date cannot precede the decision's date"));
		}
		if (decision.attachmentId() != null
				&& this.attachments.list(person.id()).stream().noneMatch(a -> a.id() == decision.attachmentId())) {
			violations.add(new FieldViolation("attachmentId", "attachment.unknown",
					"Bản quét không thuộc hồ sơ của người này", "The scan is not an attachment of this person"));
		}
	}

	/** The clerk of the acting unit, or of the person's own unit, or of a unit above; the DoHA admin always. */
	private void requireClerkOver(long actingUnitId, long ownUnitId) {
		this.users.current().ifPresent(user -> {
			if (!user.isAccountAdmin() && !this.access.holdsRoleOver(user, Roles.CLERK, actingUnitId)
					&& !this.access.holdsRoleOver(user, Roles.CLERK, ownUnitId)) {
				throw new DomainException(HttpStatus.FORBIDDEN, "access-denied",
						"Chỉ công chức đầu mối của đơn vị được thực hiện", "Only the unit's focal-point clerk may do this");
			}
		});
	}

	private static Pageable withOrder(Pageable pageable) {
		return pageable.getSort().isSorted() ? pageable
				: org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
						Math.min(pageable.getPageSize(), 100), NEWEST_FIRST);
	}

	private static DomainException alreadyOpen() {
		return DomainException.conflict("transfer.already-open",
				"Hồ sơ này đang có một việc điều chuyển chưa kết thúc", "This record already has an open transfer");
	}

}

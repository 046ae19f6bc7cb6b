package vn.gov.cbccvc.transferin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.CurrentUsers;
import vn.gov.cbccvc.security.EngineAsSystem;
import vn.gov.cbccvc.security.PersonDataAccess;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.signature.ContentHash;

/**
 * Records, lists and withdraws transfers in (TT06 Art. 11.1b-c, DN Art. 8.3-8.4, HY Art. 11.2, HCM Art. 8.3): the
 * row and {@value TransferInProcess#KEY} are written in one transaction; at most one open transfer per personal ID
 * number, guarded by the database so two nodes cannot both start one.
 */
@Service
public class TransferInService {

	static final ZoneId ZONE = ZoneId.of(CbccvcApplication.ZONE);

	private static final int MAX_SCAN_BYTES = 20 * 1024 * 1024;

	private final TransferInRepository transfers;

	private final TransferInScanRepository scans;

	private final RuntimeService runtime;

	private final RuleSetRegistry ruleSets;

	private final Validator validator;

	private final CurrentUsers users;

	private final PersonDataAccess access;

	private final OrganisationDirectory organisation;

	private final ProfileService profiles;

	private final EngineAsSystem engine;

	TransferInService(TransferInRepository transfers, TransferInScanRepository scans, RuntimeService runtime,
			RuleSetRegistry ruleSets, Validator validator, CurrentUsers users, PersonDataAccess access,
			OrganisationDirectory organisation, ProfileService profiles, EngineAsSystem engine) {
		this.transfers = transfers;
		this.scans = scans;
		this.runtime = runtime;
		this.ruleSets = ruleSets;
		this.validator = validator;
		this.users = users;
		this.access = access;
		this.organisation = organisation;
		this.profiles = profiles;
		this.engine = engine;
	}

	/** The receiving unit's clerk records the dossier; nothing is written when a rule fails. */
	@Transactional
	public TransferInView start(StartTransferIn command, String actor) {
		List<FieldViolation> violations = new ArrayList<>();
		this.validator.validate(command)
			.forEach(v -> violations.add(new FieldViolation(v.getPropertyPath().toString(), "constraint",
					v.getMessage(), v.getMessage())));
		ValidationException.throwIfAny(violations);
		LocalDate today = LocalDate.now(ZONE);
		if (command.decisionDate().isAfter(today)) {
			violations.add(new FieldViolation("decisionDate", "date.future", "Ngày quyết định không được ở tương lai",
					"The decision date cannot be in the future"));
		}
		if (command.dossierHandedOverDate().isAfter(today)) {
			violations.add(new FieldViolation("dossierHandedOverDate", "date.future",
					"Ngày bàn giao hồ sơ không được ở tương lai", "The hand-over date cannot be in the future"));
		}
		if (command.dossierHandedOverDate().isBefore(command.decisionDate())) {
			violations.add(new FieldViolation("dossierHandedOverDate", "date.before-decision",
					"Ngày bàn giao hồ sơ không được trước ngày quyết định",
					"The dossier cannot be handed over before the decision"));
		}
		byte[] scan = decodeScan(command, violations);
		if (this.organisation.findUnit(command.unitId()).isEmpty()) {
			violations.add(new FieldViolation("unitId", "unit.unknown", "Không có đơn vị này", "No such unit"));
		}
		ValidationException.throwIfAny(violations);
		requireClerkOver(command.unitId());
		if (this.transfers.existsByOpenPersonalId(command.personalIdNumber())) {
			throw alreadyOpen();
		}
		TransferIn saved;
		try {
			saved = this.transfers.saveAndFlush(
					new TransferIn(command, this.ruleSets.inForce().code(), actor, OffsetDateTime.now(ZONE)));
		}
		catch (DataIntegrityViolationException ex) {
			throw alreadyOpen();
		}
		if (scan != null) {
			String name = command.dossierScanFileName() == null || command.dossierScanFileName().isBlank()
					? "ho-so-chuyen-den" : command.dossierScanFileName().strip();
			this.scans.save(new TransferInScan(saved.getId(), name, mediaType(scan), ContentHash.sha256Hex(scan), scan));
		}
		Map<String, Object> vars = new HashMap<>();
		vars.put(TransferInProcess.TRANSFER_IN_ID, saved.getId());
		vars.put(TransferInProcess.UNIT_ID, saved.getUnitId());
		vars.put(TransferInProcess.DOSSIER_HANDED_OVER_DATE, saved.getDossierHandedOverDate().toString());
		vars.put(TransferInProcess.DOHA_GROUP, Roles.DOHA_ADMIN);
		ProcessInstance instance = this.runtime.createProcessInstanceByKey(TransferInProcess.KEY)
			.businessKey(TransferInProcess.businessKey(saved.getId()))
			.setVariables(vars)
			.execute();
		saved.attach(instance.getId());
		return TransferInView.of(saved);
	}

	@Transactional(readOnly = true)
	public TransferInView get(long id) {
		TransferIn transfer = load(id);
		requireReader(transfer.getUnitId());
		return TransferInView.of(transfer);
	}

	/** A unit's transfers (or, for DoHA, every unit's when unitId is null), newest first. */
	@Transactional(readOnly = true)
	public Page<TransferInView> list(Long unitId, TransferInStatus status, Pageable page) {
		if (unitId == null) {
			this.users.current().ifPresent(user -> {
				if (!user.hasProvinceWideRole(Roles.DOHA_ADMIN) && !user.isAccountAdmin()) {
					throw DomainException.invalid("transfer-in.unit-required", "Hãy chọn đơn vị cần xem",
							"Choose the unit to list");
				}
			});
			return (status == null ? this.transfers.findAll(page) : this.transfers.findByStatus(status, page))
				.map(TransferInView::of);
		}
		requireReader(unitId);
		return (status == null ? this.transfers.findByUnitId(unitId, page)
				: this.transfers.findByUnitIdAndStatus(unitId, status, page))
			.map(TransferInView::of);
	}

	/**
	 * The transfer decision was revoked or recorded by mistake: stops the process from any waiting state until the
	 * record is approved.
	 */
	@Transactional
	public void withdraw(long id, String reason, String actor) {
		TransferIn transfer = load(id);
		requireClerkOver(transfer.getUnitId());
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("transfer-in.reason-required", "Cần nêu lý do rút", "A reason is required");
		}
		if (!transfer.getStatus().open()
				|| (transfer.getPersonId() != null && !this.profiles.versions(transfer.getPersonId()).isEmpty())) {
			throw notOpen();
		}
		try {
			// the domain rule above decides who may withdraw; clerks hold no engine right to correlate
			this.engine.run(() -> this.runtime.createMessageCorrelation(TransferInProcess.MESSAGE_WITHDRAWN)
				.processInstanceId(transfer.getProcessInstanceId())
				.setVariable(TransferInProcess.WITHDRAWAL_REASON, reason.strip() + " (" + actor + ")")
				.correlate());
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw notOpen();
		}
	}

	@Transactional(readOnly = true)
	public TransferInScan scan(long id) {
		requireReader(load(id).getUnitId());
		return this.scans.findById(id).orElseThrow(() -> new NotFoundException("bản quét hồ sơ chuyển đến", id));
	}

	@Transactional
	void end(long id, TransferInStatus outcome, String reason) {
		TransferIn transfer = load(id);
		if (transfer.getStatus().open()) {
			transfer.end(outcome, reason, OffsetDateTime.now(ZONE));
		}
	}

	TransferIn load(long id) {
		return this.transfers.findById(id).orElseThrow(() -> new NotFoundException("hồ sơ chuyển đến", id));
	}

	private void requireClerkOver(long unitId) {
		this.users.current().ifPresent(user -> {
			if (!user.isAccountAdmin() && !user.hasProvinceWideRole(Roles.DOHA_ADMIN)
					&& !this.access.holdsRoleOver(user, Roles.CLERK, unitId)) {
				throw forbidden();
			}
		});
	}

	private void requireReader(long unitId) {
		this.users.current().ifPresent(user -> {
			if (!readsUnit(user, unitId)) {
				throw forbidden();
			}
		});
	}

	private boolean readsUnit(CurrentUser user, long unitId) {
		return user.isAccountAdmin() || user.hasProvinceWideRole(Roles.DOHA_ADMIN)
				|| List.of(Roles.CLERK, Roles.HEAD, Roles.DEPUTY, Roles.MANAGER)
					.stream()
					.anyMatch(role -> this.access.holdsRoleOver(user, role, unitId));
	}

	private static byte[] decodeScan(StartTransferIn command, List<FieldViolation> violations) {
		if (command.dossierScanBase64() == null || command.dossierScanBase64().isBlank()) {
			return null;
		}
		try {
			byte[] bytes = Base64.getMimeDecoder().decode(command.dossierScanBase64());
			if (bytes.length == 0 || bytes.length > MAX_SCAN_BYTES) {
				violations.add(new FieldViolation("dossierScanBase64", "scan.size",
						"Bản quét phải có nội dung và không quá 20 MB", "The scan must be non-empty and at most 20 MB"));
				return null;
			}
			if (mediaType(bytes) == null) {
				violations.add(new FieldViolation("dossierScanBase64", "scan.type",
						"Bản quét phải là tệp PDF, JPEG hoặc PNG", "The scan must be a PDF, JPEG or PNG file"));
				return null;
			}
			return bytes;
		}
		catch (IllegalArgumentException ex) {
			violations.add(new FieldViolation("dossierScanBase64", "scan.base64", "Bản quét không đúng mã Base64",
					"The scan is not valid Base64"));
			return null;
		}
	}

	/** By the file's own first bytes, not by what the client declares. */
	static String mediaType(byte[] b) {
		if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
			return "application/pdf";
		}
		if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		if (b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		return null;
	}

	private static DomainException alreadyOpen() {
		return DomainException.conflict("transfer-in.already-open",
				"Người này đang có một hồ sơ chuyển đến chưa kết thúc", "This person already has an open transfer in");
	}

	private static DomainException notOpen() {
		return DomainException.conflict("transfer-in.not-open",
				"Hồ sơ chuyển đến đã kết thúc, đang được rút hoặc đã được phê duyệt",
				"The transfer in has ended, is being withdrawn or its record is approved");
	}

	private static DomainException forbidden() {
		return new DomainException(HttpStatus.FORBIDDEN, "access-denied",
				"Chỉ công chức đầu mối của đơn vị tiếp nhận hoặc Sở Nội vụ được thực hiện",
				"Only the receiving unit's focal-point clerk or DoHA may do this");
	}

}

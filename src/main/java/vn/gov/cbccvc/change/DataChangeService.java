package vn.gov.cbccvc.change;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.account.AccountView;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.onboarding.OnboardingProcess;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.profile.ProfileService;
import vn.gov.cbccvc.profile.ProfileVersionInfo;
import vn.gov.cbccvc.profile.RecordStatus;
import vn.gov.cbccvc.ruleset.RuleSet;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.ruleset.StepFlag;
import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.CurrentUsers;
import vn.gov.cbccvc.security.EngineAsSystem;
import vn.gov.cbccvc.security.PersonDataAccess;
import vn.gov.cbccvc.security.Roles;
import vn.gov.cbccvc.status.StatusChangeProcess;
import vn.gov.cbccvc.workflow.RecordApprovers;

/**
 * Starts and withdraws changes of data (TT06 Art. 6.3, DN Art. 6.5, HY Art. 10.5, HCM Art. 7.2c): the request row
 * and {@value DataChangeProcess#KEY} are written in one transaction. One open change per person, guarded by the
 * database so two nodes cannot both start one; never while the person's onboarding or status change is open, so
 * two proposals are never merged silently in the one draft.
 */
@Service
public class DataChangeService {

	private final RecordApprovers approvers;

	static final ZoneId ZONE = ZoneId.of(CbccvcApplication.ZONE);

	private final DataChangeRepository requests;

	private final PersonService people;

	private final ProfileService profiles;

	private final RuntimeService runtime;

	private final RuleSetRegistry ruleSets;

	private final CurrentUsers users;

	private final PersonDataAccess access;

	private final AccountService accounts;

	private final EngineAsSystem system;

	DataChangeService(DataChangeRepository requests, PersonService people, ProfileService profiles,
			RuntimeService runtime, RuleSetRegistry ruleSets, CurrentUsers users, PersonDataAccess access,
			AccountService accounts, EngineAsSystem system, RecordApprovers approvers) {
		this.approvers = approvers;
		this.requests = requests;
		this.people = people;
		this.profiles = profiles;
		this.runtime = runtime;
		this.ruleSets = ruleSets;
		this.users = users;
		this.access = access;
		this.accounts = accounts;
		this.system = system;
	}

	/** By the employee (own record) or the unit's clerk on their behalf; nothing is written when a rule fails. */
	@Transactional
	public DataChangeView start(StartDataChange command, String actor) {
		PersonView person = this.people.get(command.personId());
		CurrentUser caller = this.users.require();
		boolean own = caller.personId() != null && caller.personId() == person.id();
		if (!own) {
			requireClerkOver(caller, person.unitId());
		}
		if (person.recordStatus() != RecordStatus.ACTIVE) {
			throw DomainException.conflict("data-change.not-active", "Hồ sơ không còn ở trạng thái đang công tác",
					"The record is no longer active");
		}
		List<ProfileVersionInfo> versions = this.profiles.versions(person.id());
		if (versions.isEmpty()) {
			throw DomainException.conflict("data-change.not-approved",
					"Hồ sơ chưa được phê duyệt lần đầu: hoàn thành việc nhập hồ sơ trước",
					"The profile has no approved version yet: finish the onboarding first");
		}
		if (this.requests.existsByOpenPersonId(person.id())) {
			throw alreadyOpen();
		}
		if (otherProcessOpen(person.id())) {
			throw DomainException.conflict("data-change.other-process-open",
					"Hồ sơ đang trong quy trình nhập hồ sơ hoặc cập nhật tình trạng chưa kết thúc",
					"The record has an open onboarding or status change");
		}
		String employee = own ? caller.username() : personalAccount(person);
		int baseVersionNo = versions.stream().mapToInt(ProfileVersionInfo::versionNo).max().orElseThrow();
		RuleSet rules = this.ruleSets.inForce();
		DataChange saved;
		try {
			saved = this.requests.saveAndFlush(new DataChange(person.id(), person.unitId(), command.eventDate(),
					command.summary().trim(), employee, baseVersionNo, rules.code(), actor, OffsetDateTime.now(ZONE)));
		}
		catch (DataIntegrityViolationException ex) {
			throw alreadyOpen();
		}
		Map<String, Object> vars = new HashMap<>();
		vars.put(DataChangeProcess.PERSON_ID, saved.getPersonId());
		vars.put(DataChangeProcess.UNIT_ID, saved.getUnitId());
		vars.put(DataChangeProcess.DATA_CHANGE_ID, saved.getId());
		vars.put(DataChangeProcess.EVENT_DATE, saved.getEventDate().toString());
		vars.put(DataChangeProcess.EMPLOYEE_USERNAME, employee);
		vars.put(DataChangeProcess.CLERK_GROUP, Roles.unitRoleGroup(saved.getUnitId(), Roles.CLERK));
		vars.put(DataChangeProcess.HEAD_GROUP, this.approvers.approverGroup(saved.getPersonId(), saved.getUnitId()));
		vars.put(DataChangeProcess.EMPLOYEE_SIGNS, rules.isEnabled(StepFlag.EMPLOYEE_SIGNS_COMPLETION));
		ProcessInstance instance = this.system.call(() -> this.runtime.createProcessInstanceByKey(DataChangeProcess.KEY)
			.businessKey(DataChangeProcess.businessKey(saved.getId()))
			.setVariables(vars)
			.execute());
		saved.attach(instance.getId());
		return DataChangeView.of(saved);
	}

	@Transactional(readOnly = true)
	public DataChangeView get(long id) {
		DataChange request = load(id);
		this.users.current().ifPresent(u -> this.access.requireRead(request.getPersonId(), request.getUnitId()));
		return DataChangeView.of(request);
	}

	/** The employee or the clerk withdraws the change before it is signed (event sub-process). */
	@Transactional
	public void withdraw(long id, String reason, String actor) {
		DataChange request = load(id);
		CurrentUser caller = this.users.require();
		if (caller.personId() == null || caller.personId() != request.getPersonId()) {
			requireClerkOver(caller, request.getUnitId());
		}
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("data-change.reason-required", "Cần nêu lý do rút",
					"A reason is required");
		}
		if (!request.getStatus().open()) {
			throw DomainException.conflict("data-change.not-in-progress", "Yêu cầu đã kết thúc",
					"The request has ended");
		}
		try {
			this.system.run(() -> this.runtime.createMessageCorrelation(DataChangeProcess.MESSAGE_WITHDRAWN)
				.processInstanceId(request.getProcessInstanceId())
				.setVariable(DataChangeProcess.WITHDRAWAL_REASON, reason.trim() + " (" + actor + ")")
				.correlate());
		}
		catch (MismatchingMessageCorrelationException ex) {
			throw DomainException.conflict("data-change.not-in-progress", "Yêu cầu đang được rút hoặc đã ký",
					"The request is already being withdrawn or signed");
		}
	}

	@Transactional
	void end(long id, DataChangeStatus status, String reason) {
		load(id).end(status, reason, OffsetDateTime.now(ZONE));
	}

	DataChange load(long id) {
		return this.requests.findById(id).orElseThrow(() -> new NotFoundException("yêu cầu cập nhật thay đổi", id));
	}

	private boolean otherProcessOpen(long personId) {
		return this.system.call(() -> this.runtime.createProcessInstanceQuery()
			.processDefinitionKeyIn(OnboardingProcess.KEY, StatusChangeProcess.KEY)
			.variableValueEquals(DataChangeProcess.PERSON_ID, personId)
			.count()) > 0;
	}

	/** The personal account is the personal ID number (TT06 Art. 3.6); the employee completes the proposal. */
	private String personalAccount(PersonView person) {
		return this.accounts.find(person.personalIdNumber())
			.map(AccountView::username)
			.orElseThrow(() -> DomainException.conflict("data-change.no-account",
					"Người này chưa có tài khoản cá nhân để kê khai thay đổi",
					"The person has no personal account to declare the change"));
	}

	private void requireClerkOver(CurrentUser user, long unitId) {
		if (!user.isAccountAdmin() && !this.access.holdsRoleOver(user, Roles.CLERK, unitId)) {
			throw new DomainException(HttpStatus.FORBIDDEN, "access-denied",
					"Chỉ người lao động (hồ sơ của mình) hoặc công chức đầu mối của đơn vị được thực hiện",
					"Only the employee (own record) or the unit's focal-point clerk may do this");
		}
	}

	private static DomainException alreadyOpen() {
		return DomainException.conflict("data-change.already-open",
				"Hồ sơ này đang có một đề nghị cập nhật thay đổi chưa kết thúc",
				"This record already has an open change of data");
	}

}

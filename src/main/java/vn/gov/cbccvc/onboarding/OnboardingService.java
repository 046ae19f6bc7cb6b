package vn.gov.cbccvc.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.common.ValidationException;
import vn.gov.cbccvc.profile.NewPerson;
import vn.gov.cbccvc.profile.PersonService;
import vn.gov.cbccvc.profile.PersonView;
import vn.gov.cbccvc.ruleset.RuleSetRegistry;
import vn.gov.cbccvc.security.CurrentUsers;
import vn.gov.cbccvc.security.EngineAsSystem;
import vn.gov.cbccvc.security.PersonDataAccess;
import vn.gov.cbccvc.security.Roles;

/**
 * Starts and ends onboardings (TT06 Art. 6.2): registers the person from the recruitment decision or contract,
 * records the decision and starts {@value OnboardingProcess#KEY}, all in one transaction.
 */
@Service
public class OnboardingService {

	static final ZoneId ZONE = ZoneId.of(CbccvcApplication.ZONE);

	private final OnboardingRepository onboardings;

	private final PersonService people;

	private final RuntimeService runtime;

	private final RuleSetRegistry ruleSets;

	private final Validator validator;

	private final CurrentUsers users;

	private final PersonDataAccess access;

	private final EngineAsSystem engine;

	OnboardingService(OnboardingRepository onboardings, PersonService people, RuntimeService runtime,
			RuleSetRegistry ruleSets, Validator validator, CurrentUsers users, PersonDataAccess access,
			EngineAsSystem engine) {
		this.users = users;
		this.access = access;
		this.engine = engine;
		this.onboardings = onboardings;
		this.people = people;
		this.runtime = runtime;
		this.ruleSets = ruleSets;
		this.validator = validator;
	}

	/** From the API: registers the person and starts the process; nothing is written when a rule fails. */
	@Transactional
	public OnboardingView start(StartOnboarding command, String actor) {
		Onboarding onboarding = register(command, actor);
		ProcessInstance instance = this.runtime.createProcessInstanceByKey(OnboardingProcess.KEY)
			.businessKey(OnboardingProcess.businessKey(onboarding.getPersonId()))
			.setVariables(Map.of(OnboardingProcess.PERSON_ID, onboarding.getPersonId(), OnboardingProcess.UNIT_ID,
					onboarding.getUnitId(), OnboardingProcess.ONBOARDING_ID, onboarding.getId(),
					OnboardingProcess.DECISION_DATE, onboarding.getDecisionDate().toString()))
			.execute();
		onboarding.attach(instance.getId());
		return OnboardingView.of(onboarding);
	}

	/** From Tasklist's start form: the instance already exists; registers the person and links the two. */
	@Transactional
	public OnboardingView registerForInstance(StartOnboarding command, String actor, String processInstanceId) {
		Onboarding onboarding = register(command, actor);
		onboarding.attach(processInstanceId);
		return OnboardingView.of(onboarding);
	}

	@Transactional(readOnly = true)
	public OnboardingView get(long id) {
		return OnboardingView.of(load(id));
	}

	/** The decision was revoked or the person never took up the post: stops the process from any waiting state. */
	@Transactional
	public void cancel(long id, String reason, String actor) {
		Onboarding onboarding = load(id);
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("onboarding.reason-required", "Cần nêu lý do hủy", "A reason is required");
		}
		if (onboarding.getStatus() != OnboardingStatus.IN_PROGRESS) {
			throw DomainException.conflict("onboarding.not-in-progress", "Hồ sơ tiếp nhận đã kết thúc",
					"The onboarding has already ended");
		}
		this.users.current().ifPresent(user -> {
			if (!user.isAccountAdmin() && !this.access.holdsRoleOver(user, Roles.CLERK, onboarding.getUnitId())) {
				throw new DomainException(HttpStatus.FORBIDDEN, "access-denied",
						"Chỉ công chức đầu mối của đơn vị hoặc Sở Nội vụ được hủy tiếp nhận",
						"Only the unit's focal-point clerk or DoHA may cancel an onboarding");
			}
		});
		// decided by the domain rule above: clerks hold no engine right to correlate into instances
		this.engine.run(() -> this.runtime.createMessageCorrelation(OnboardingProcess.MESSAGE_CANCEL)
			.processInstanceId(onboarding.getProcessInstanceId())
			.setVariable(OnboardingProcess.CANCELLATION_REASON, reason + " (" + actor + ")")
			.correlate());
	}

	@Transactional
	public void end(long id, OnboardingStatus status, String reason) {
		load(id).end(status, reason, OffsetDateTime.now(ZONE));
	}

	private Onboarding register(StartOnboarding command, String actor) {
		validate(command);
		PersonView person = this.people.register(new NewPerson(command.personalIdNumber(), command.fullName(),
				command.sex(), command.birthDate(), command.unitId(), command.category(), null), actor);
		return this.onboardings.save(new Onboarding(person.id(), command.unitId(), command.basis(),
				command.decisionNumber(), command.decisionDate(), command.decisionSigner(),
				this.ruleSets.inForce().code(), actor, OffsetDateTime.now(ZONE)));
	}

	private void validate(StartOnboarding command) {
		Set<ConstraintViolation<StartOnboarding>> found = this.validator.validate(command);
		List<FieldViolation> violations = new ArrayList<>();
		found.forEach(v -> violations.add(new FieldViolation(v.getPropertyPath().toString(), "constraint",
				v.getMessage(), v.getMessage())));
		if (command.decisionDate() != null && command.birthDate() != null
				&& command.decisionDate().isBefore(command.birthDate().plusYears(15))) {
			violations.add(new FieldViolation("decisionDate", "decision-date.before-working-age",
					"Ngày quyết định phải sau ngày sinh ít nhất 15 năm",
					"The decision date must be at least 15 years after the birth date"));
		}
		if (command.decisionDate() != null && command.decisionDate().isAfter(LocalDate.now(ZONE))) {
			violations.add(new FieldViolation("decisionDate", "date.future", "Ngày quyết định không được ở tương lai",
					"The decision date cannot be in the future"));
		}
		ValidationException.throwIfAny(violations);
	}

	private Onboarding load(long id) {
		return this.onboardings.findById(id).orElseThrow(() -> new NotFoundException("hồ sơ tiếp nhận", id));
	}

	static DomainException notOnboarding(String processInstanceId) {
		return new DomainException(HttpStatus.NOT_FOUND, "onboarding.unknown-instance",
				"Không tìm thấy hồ sơ tiếp nhận của quy trình " + processInstanceId,
				"No onboarding for process instance " + processInstanceId);
	}

}

package vn.gov.cbccvc.onboarding;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.account.AccountService;
import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.profile.PersonCategory;
import vn.gov.cbccvc.profile.cv.Sex;
import vn.gov.cbccvc.security.RoleGrant;
import vn.gov.cbccvc.security.Roles;

/**
 * Tasklist's start form path: registers the person from the form in the same transaction as the start, so a bad
 * personal ID number is refused on the form (with the reason in Vietnamese) and no instance is left without a
 * person. The personal data of the form is removed from the process: it keeps ids only. Starts through the API
 * arrive with {@code personId} already set and pass through.
 */
@Component
class RegisterRecruitmentListener implements ExecutionListener {

	static final List<String> FORM_FIELDS = List.of("personalIdNumber", "fullName", "sex", "birthDate", "category",
			"decisionBasis", "decisionNumber", "decisionSigner", "unitCode");

	private final OnboardingService onboardings;

	private final OrganisationDirectory organisation;

	private final AccountService accounts;

	private final IdentityService identity;

	RegisterRecruitmentListener(OnboardingService onboardings, OrganisationDirectory organisation,
			AccountService accounts, IdentityService identity) {
		this.onboardings = onboardings;
		this.organisation = organisation;
		this.accounts = accounts;
		this.identity = identity;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.hasVariable(OnboardingProcess.PERSON_ID)) {
			return;
		}
		String actor = actor(execution);
		try {
			StartOnboarding command = new StartOnboarding(text(execution, "personalIdNumber"),
					text(execution, "fullName"), enumOf(Sex.class, text(execution, "sex")),
					date(execution, "birthDate"), unitOf(execution, actor),
					enumOf(PersonCategory.class, text(execution, "category")),
					enumOf(RecruitmentBasis.class, text(execution, "decisionBasis")), text(execution, "decisionNumber"),
					date(execution, OnboardingProcess.DECISION_DATE), text(execution, "decisionSigner"));
			OnboardingView view = this.onboardings.registerForInstance(command, actor,
					execution.getProcessInstanceId());
			execution.setVariable(OnboardingProcess.PERSON_ID, view.personId());
			execution.setVariable(OnboardingProcess.UNIT_ID, view.unitId());
			execution.setVariable(OnboardingProcess.ONBOARDING_ID, view.id());
			execution.setVariable(OnboardingProcess.DECISION_DATE, view.decisionDate().toString());
			execution.setProcessBusinessKey(OnboardingProcess.businessKey(view.personId()));
			FORM_FIELDS.forEach(execution::removeVariable);
		}
		catch (DomainException ex) {
			throw new ProcessEngineException(describe(ex), ex);
		}
	}

	private Long unitOf(DelegateExecution execution, String actor) {
		String code = text(execution, "unitCode");
		if (code != null && !code.isBlank()) {
			return this.organisation.findByAgencyCode(code.trim())
				.orElseThrow(() -> DomainException.invalid("unit.unknown-code",
						"Không có đơn vị mang mã định danh " + code, "No unit has the identifier code " + code))
				.id();
		}
		List<Long> clerkUnits = actor == null ? List.of()
				: this.accounts.find(actor)
					.map(a -> a.roles().stream().filter(r -> Roles.CLERK.equals(r.role())).map(RoleGrant::unitId).toList())
					.orElse(List.of());
		if (clerkUnits.size() != 1 || clerkUnits.get(0) == null) {
			throw DomainException.invalid("unit.required", "Hãy nhập mã định danh của đơn vị tuyển dụng",
					"Enter the identifier code of the recruiting unit");
		}
		return clerkUnits.get(0);
	}

	private String actor(DelegateExecution execution) {
		var auth = this.identity.getCurrentAuthentication();
		if (auth != null) {
			return auth.getUserId();
		}
		Object initiator = execution.getVariable("initiator");
		return initiator == null ? "system" : initiator.toString();
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}

	private static LocalDate date(DelegateExecution execution, String name) {
		String value = text(execution, name);
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
		}
		catch (RuntimeException ex) {
			throw DomainException.invalid("date.format", "Ngày không đúng định dạng: " + value,
					"Not a date: " + value);
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		try {
			return value == null ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("value.unknown", "Giá trị không hợp lệ: " + value, "Unknown value: " + value);
		}
	}

	/** Tasklist shows the exception message: Vietnamese first, every failing field named. */
	static String describe(DomainException ex) {
		StringBuilder text = new StringBuilder(ex.getMessageVi());
		for (FieldViolation v : ex.getViolations()) {
			text.append("; ").append(v.field()).append(": ").append(v.messageVi());
		}
		return text.append(" (").append(ex.getMessageEn()).append(')').toString();
	}

}

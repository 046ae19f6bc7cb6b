package vn.gov.cbccvc.codelist;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.common.ValidationException;

/** The code lists, read from the database every time (no cache to go stale across nodes; lookups are indexed). */
@Service
@Transactional(readOnly = true)
class CodeListService implements CodeLists {

	private static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

	private final CodeListEntryRepository entries;

	CodeListService(CodeListEntryRepository entries) {
		this.entries = entries;
	}

	@Override
	public boolean contains(String list, String code) {
		return list != null && code != null && this.entries.existsByListNameAndCodeAndActiveTrue(list, code);
	}

	@Override
	public Optional<String> name(String list, String code) {
		return list == null || code == null ? Optional.empty()
				: this.entries.findByListNameAndCode(list, code).map(CodeListEntry::getName);
	}

	List<CodeListSummary> summaries() {
		return this.entries.summaries();
	}

	List<CodeEntry> entries(String list, boolean includeInactive) {
		requireList(list);
		return (includeInactive ? this.entries.findByListNameOrderBySortOrderAscCodeAsc(list)
				: this.entries.findByListNameAndActiveTrueOrderBySortOrderAscCodeAsc(list))
			.stream()
			.map(CodeListEntry::view)
			.toList();
	}

	CodeEntry salaryCoefficient(String group, int step) {
		return this.entries.findByListNameAndSalaryGroupAndStepAndActiveTrue(SALARY_COEFFICIENT, group, step)
			.map(CodeListEntry::view)
			.orElseThrow(() -> new NotFoundException("hệ số lương / salary coefficient", group + " bậc/step " + step));
	}

	/** Adds an entry or changes one (name, attributes, active flag); entries are never deleted. */
	@Transactional
	CodeEntry put(String list, String code, CodeEntryRequest request) {
		requireList(list);
		List<FieldViolation> violations = new ArrayList<>();
		if (code == null || !code.matches(CODE_PATTERN)) {
			violations.add(new FieldViolation("code", "code-list.code-format",
					"Mã '" + code + "' chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự)",
					"The code '" + code + "' may hold letters, digits, '.', '-', '_' only (at most 40)"));
		}
		if (request.salaryGroup() != null && !SALARY_COEFFICIENT.equals(list)
				&& !this.entries.existsByListNameAndSalaryGroupAndActiveTrue(SALARY_COEFFICIENT, request.salaryGroup())) {
			violations.add(new FieldViolation("salaryGroup", "code-list.unknown-salary-group",
					"Nhóm ngạch lương '" + request.salaryGroup() + "' không có trong bảng hệ số lương",
					"The salary group '" + request.salaryGroup() + "' is not in the salary table"));
		}
		if (SALARY_COEFFICIENT.equals(list) && (request.salaryGroup() == null || request.step() == null
				|| request.coefficient() == null || !code.equals(request.salaryGroup() + "-" + request.step()))) {
			violations.add(new FieldViolation("coefficient", "code-list.salary-entry",
					"Bảng hệ số lương cần nhóm, bậc và hệ số; mã phải là <nhóm>-<bậc>",
					"A salary table entry needs group, step and coefficient; its code must be <group>-<step>"));
		}
		ValidationException.throwIfAny(violations);
		CodeListEntry entry = this.entries.findByListNameAndCode(list, code)
			.orElseGet(() -> new CodeListEntry(list, code, CodeListEntry.FROM_ADMIN));
		if (request.expectedVersion() != null && entry.getVersion() != request.expectedVersion()) {
			throw DomainException.conflict("code-list.version-mismatch",
					"Mục danh mục vừa được người khác thay đổi: tải lại rồi thử lại",
					"The entry was changed meanwhile: reload and try again");
		}
		int sortOrder = request.sortOrder() != null ? request.sortOrder()
				: entry.getName() != null ? entry.getSortOrder() : this.entries.maxSortOrder(list) + 10;
		BigDecimal coefficient = request.coefficient();
		entry.update(request.name().trim(), request.salaryGroup(), request.step(), coefficient, sortOrder);
		entry.touch(CodeListEntry.FROM_ADMIN, request.active() == null || request.active(), actor(), OffsetDateTime.now());
		return this.entries.saveAndFlush(entry).view();
	}

	private void requireList(String list) {
		if (!this.entries.existsByListName(list)) {
			throw new NotFoundException("danh mục / code list", list);
		}
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

}

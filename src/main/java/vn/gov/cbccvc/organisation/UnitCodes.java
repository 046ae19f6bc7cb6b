package vn.gov.cbccvc.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.ValidationException;

/**
 * The rules between the tree and its electronic identifier codes (TT06 Art. 16.2): a child's code extends its
 * parent's code by exactly the next level, a code is used by one active unit only, and when a unit's code changes
 * (re-issue after a merge, a move) the codes below it follow.
 */
@Component
class UnitCodes {

	private final OrgUnitRepository units;

	UnitCodes(OrgUnitRepository units) {
		this.units = units;
	}

	static AgencyCode parseOptional(String text, String field) {
		return text == null || text.isBlank() ? null : AgencyCode.parse(text, field);
	}

	/** Throws unless {@code code} may stand under {@code parent}. */
	void checkFits(AgencyCode code, OrgUnit parent, String field) {
		Optional<String> problem = misfit(code, parent);
		if (problem.isPresent()) {
			String[] message = problem.get().split("\n");
			throw new ValidationException(
					List.of(new FieldViolation(field, "agency-code.not-under-parent", message[0], message[1])));
		}
	}

	/** Why {@code code} cannot stand under {@code parent} (Vietnamese, newline, English), if it cannot. */
	private Optional<String> misfit(AgencyCode code, OrgUnit parent) {
		if (parent == null) {
			return Optional.empty();
		}
		AgencyCode parentCode = parent.getAgencyCode() == null ? null : AgencyCode.parse(parent.getAgencyCode(), "parent");
		if (parentCode != null) {
			if (code.isChildOf(parentCode)) {
				return Optional.empty();
			}
			return Optional.of("Mã " + code + " phải mở rộng mã " + parentCode + " của đơn vị cấp trên '" + parent.getName()
					+ "' thêm đúng một cấp (cấp " + (parentCode.level() + 1) + ")\nThe code " + code
					+ " must extend the parent unit's code " + parentCode + " ('" + parent.getName()
					+ "') by exactly the next level (level " + (parentCode.level() + 1) + ")");
		}
		// a parent without a code (e.g. a section): the code must at least lie below the nearest coded ancestor
		OrgUnit ancestor = nearestCoded(parent);
		if (ancestor == null) {
			return Optional.empty();
		}
		AgencyCode ancestorCode = AgencyCode.parse(ancestor.getAgencyCode(), "ancestor");
		if (code.isBelow(ancestorCode)) {
			return Optional.empty();
		}
		return Optional.of("Mã " + code + " phải nằm dưới mã " + ancestorCode + " của đơn vị '" + ancestor.getName()
				+ "'\nThe code " + code + " must lie below the code " + ancestorCode + " of '" + ancestor.getName() + "'");
	}

	private OrgUnit nearestCoded(OrgUnit unit) {
		for (OrgUnit up = unit; up != null; up = up.getParentId() == null ? null
				: this.units.findById(up.getParentId()).orElse(null)) {
			if (up.getAgencyCode() != null) {
				return up;
			}
		}
		return null;
	}

	/** Throws 409 when another active unit already carries {@code code}. */
	void checkFree(AgencyCode code, Long selfId) {
		this.units.findByActiveCode(code.toString())
			.filter(other -> !other.getId().equals(selfId))
			.ifPresent(other -> {
				throw DomainException.conflict("agency-code.taken",
						"Mã định danh " + code + " đang được dùng cho đơn vị '" + other.getName() + "' (id " + other.getId() + ")",
						"The code " + code + " is already used by the active unit '" + other.getName() + "' (id "
								+ other.getId() + ")");
			});
	}

	/** Checks and gives a new code to a unit; the coded units below it follow. Every changed unit lands in {@code changed}. */
	void assign(OrgUnit unit, AgencyCode code, OrgUnit parent, ChangeLog.Entry entry, List<OrgUnit> changed) {
		checkFits(code, parent, "agencyCode");
		checkFree(code, unit.getId());
		AgencyCode old = unit.getAgencyCode() == null ? null : AgencyCode.parse(unit.getAgencyCode(), "agencyCode");
		if (code.equals(old)) {
			return;
		}
		setCode(unit, code, entry, changed);
		if (old == null) {
			return;
		}
		for (OrgUnit below : activeDescendants(unit)) {
			AgencyCode current = below.getAgencyCode() == null ? null : AgencyCode.parse(below.getAgencyCode(), "code");
			if (current == null || !current.isBelow(old)) {
				continue;
			}
			AgencyCode moved = current.rebase(old, code);
			if (moved == null) {
				throw cannotFollow(below, current, code);
			}
			checkFree(moved, below.getId());
			setCode(below, moved, entry, changed);
		}
	}

	/**
	 * After {@code unit} moved from {@code oldParent} to {@code newParent}: takes the explicit code if one was
	 * given, keeps its code if it still fits, or moves it along with the parents' codes; refuses otherwise.
	 */
	void follow(OrgUnit unit, OrgUnit oldParent, OrgUnit newParent, String explicit, ChangeLog.Entry entry,
			List<OrgUnit> changed) {
		AgencyCode given = parseOptional(explicit, "codes[" + unit.getId() + "]");
		if (given != null) {
			assign(unit, given, newParent, entry, changed);
			return;
		}
		if (unit.getAgencyCode() == null) {
			return;
		}
		AgencyCode current = AgencyCode.parse(unit.getAgencyCode(), "agencyCode");
		if (misfit(current, newParent).isEmpty()) {
			return;
		}
		OrgUnit oldBase = oldParent == null ? null : nearestCoded(oldParent);
		OrgUnit newBase = nearestCoded(newParent);
		if (oldBase != null && newBase != null) {
			AgencyCode from = AgencyCode.parse(oldBase.getAgencyCode(), "code");
			AgencyCode moved = current.isBelow(from) ? current.rebase(from, AgencyCode.parse(newBase.getAgencyCode(), "code"))
					: null;
			if (moved != null && misfit(moved, newParent).isEmpty()) {
				assign(unit, moved, newParent, entry, changed);
				return;
			}
		}
		throw cannotFollow(unit, current, null);
	}

	private static DomainException cannotFollow(OrgUnit unit, AgencyCode current, AgencyCode newBase) {
		return DomainException.invalid("agency-code.cannot-follow",
				"Không tự cấp lại được mã " + current + " của đơn vị '" + unit.getName() + "' (id " + unit.getId()
						+ ") theo đơn vị cấp trên mới" + (newBase == null ? "" : " " + newBase)
						+ ": hãy ghi mã mới cho đơn vị này trong 'codes'",
				"The code " + current + " of '" + unit.getName() + "' (id " + unit.getId()
						+ ") cannot follow its new parent" + (newBase == null ? "" : " " + newBase)
						+ " automatically: give this unit's new code in 'codes'");
	}

	private static void setCode(OrgUnit unit, AgencyCode code, ChangeLog.Entry entry, List<OrgUnit> changed) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("unitId", unit.getId());
		change.put("oldCode", unit.getAgencyCode());
		change.put("newCode", code.toString());
		entry.detailItem("codeChanges", change);
		unit.setAgencyCode(code.toString());
		if (!changed.contains(unit)) {
			changed.add(unit);
		}
	}

	/** Active units below {@code unit}, level by level (one query per level of the tree). */
	List<OrgUnit> activeDescendants(OrgUnit unit) {
		List<OrgUnit> result = new ArrayList<>();
		List<Long> level = List.of(unit.getId());
		while (!level.isEmpty()) {
			List<OrgUnit> children = this.units.findByParentIdInAndStatus(level, UnitStatus.ACTIVE);
			result.addAll(children);
			level = children.stream().map(OrgUnit::getId).toList();
		}
		return result;
	}

}

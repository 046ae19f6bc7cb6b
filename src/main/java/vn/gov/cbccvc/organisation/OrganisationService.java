package vn.gov.cbccvc.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.common.NotFoundException;

/**
 * Changes to the organisation tree (DN Art. 3.9): create, rename, move, merge, split, dissolve. Each runs in one
 * transaction, checks everything before it writes, re-homes people through {@link PeopleRehoming}, never leaves a
 * child under a closed unit, and records an event in the append-only history. Authorisation is checked at the
 * REST boundary ({@link UnitController}); trusted callers (loaders, processes) use this service directly.
 */
@Service
@Transactional
public class OrganisationService {

	private final OrgUnitRepository units;

	private final UnitCodes codes;

	private final ChangeLog log;

	private final Rehoming people;

	OrganisationService(OrgUnitRepository units, UnitCodes codes, ChangeLog log, Rehoming people) {
		this.units = units;
		this.codes = codes;
		this.log = log;
		this.people = people;
	}

	public UnitView create(UnitCommands.Create command) {
		Decision decision = decisionOf(command.decision());
		OrgUnit parent = command.parentId() == null ? null : active(command.parentId(), "parentId");
		checkPlacement(command.kind(), parent);
		AgencyCode code = UnitCodes.parseOptional(command.agencyCode(), "agencyCode");
		LocalDate effective = this.log.effectiveDate(decision);
		OrgUnit unit = this.units.save(new OrgUnit(parent == null ? null : parent.getId(), command.kind(),
				name(command.name()), trim(command.shortName()), null, effective, this.log.now()));
		ChangeLog.Entry entry = this.log.begin(UnitEventType.CREATED, effective, decision).involve(unit, UnitRole.SUBJECT);
		if (parent != null) {
			entry.involve(parent, UnitRole.NEW_PARENT);
		}
		if (code != null) {
			this.codes.assign(unit, code, parent, entry, new ArrayList<>());
		}
		entry.opened(unit);
		return finish(entry, unit);
	}

	public UnitView rename(long id, UnitCommands.Rename command) {
		Decision decision = decisionOf(command.decision());
		OrgUnit unit = active(id, "id");
		checkVersion(unit, command.expectedVersion());
		LocalDate effective = this.log.effectiveDate(decision);
		ChangeLog.Entry entry = this.log.begin(UnitEventType.RENAMED, effective, decision)
			.involve(unit, UnitRole.SUBJECT)
			.detail("oldName", unit.getName())
			.detail("oldShortName", unit.getShortName())
			.detail("newName", name(command.name()))
			.detail("newShortName", trim(command.shortName()));
		unit.rename(name(command.name()), trim(command.shortName()), this.log.now());
		entry.changed(List.of(unit));
		return finish(entry, unit);
	}

	public UnitView move(long id, UnitCommands.Move command) {
		Decision decision = decisionOf(command.decision());
		OrgUnit unit = active(id, "id");
		checkVersion(unit, command.expectedVersion());
		OrgUnit newParent = active(command.newParentId(), "newParentId");
		if (newParent.getId().equals(unit.getParentId()) && command.newAgencyCode() == null) {
			throw DomainException.invalid("org-unit.same-parent", "Đơn vị đã thuộc đơn vị cấp trên này",
					"The unit already belongs to this parent");
		}
		if (newParent.getId() == id || ancestorIds(newParent).contains(id)) {
			throw DomainException.invalid("org-unit.move-cycle",
					"Không thể chuyển đơn vị '" + unit.getName() + "' vào chính nó hoặc một đơn vị trực thuộc nó",
					"Cannot move '" + unit.getName() + "' under itself or one of its own sub-units");
		}
		checkPlacement(unit.getKind(), newParent);
		LocalDate effective = this.log.effectiveDate(decision);
		OrgUnit oldParent = unit.getParentId() == null ? null : this.units.findById(unit.getParentId()).orElse(null);
		ChangeLog.Entry entry = this.log.begin(UnitEventType.MOVED, effective, decision)
			.involve(unit, UnitRole.SUBJECT)
			.involve(newParent, UnitRole.NEW_PARENT)
			.detail("oldParentId", unit.getParentId())
			.detail("newParentId", newParent.getId());
		if (oldParent != null) {
			entry.involve(oldParent, UnitRole.OLD_PARENT);
		}
		unit.moveTo(newParent.getId(), this.log.now());
		List<OrgUnit> changed = new ArrayList<>(List.of(unit));
		this.codes.follow(unit, oldParent, newParent, command.newAgencyCode(), entry, changed);
		changed.stream().filter(u -> u != unit).forEach(u -> entry.involve(u, UnitRole.CHILD));
		entry.changed(changed);
		return finish(entry, unit);
	}

	public UnitView merge(UnitCommands.Merge command) {
		Decision decision = decisionOf(command.decision());
		if ((command.survivorId() == null) == (command.newUnit() == null)) {
			throw DomainException.invalid("org-unit.merge-survivor",
					"Cần chỉ rõ một đơn vị tiếp nhận: survivorId (đơn vị có sẵn) hoặc newUnit (đơn vị mới), không cả hai",
					"Name exactly one surviving unit: survivorId (existing) or newUnit (new), not both");
		}
		List<OrgUnit> sources = activeAll(command.sourceIds(), "sourceIds");
		Set<Long> sourceIds = ids(sources);
		OrgUnit survivor = null;
		OrgUnit survivorParent;
		UnitKind survivorKind;
		if (command.survivorId() != null) {
			survivor = active(command.survivorId(), "survivorId");
			if (sourceIds.contains(survivor.getId())) {
				throw DomainException.invalid("org-unit.merge-survivor-is-source",
						"Đơn vị tiếp nhận không được nằm trong danh sách đơn vị bị sáp nhập",
						"The surviving unit cannot also be one of the merged units");
			}
			survivorParent = survivor.getParentId() == null ? null : this.units.findById(survivor.getParentId()).orElse(null);
			survivorKind = survivor.getKind();
		}
		else {
			survivorParent = active(command.newUnit().parentId() != null ? command.newUnit().parentId()
					: sources.get(0).getParentId(), "newUnit.parentId");
			survivorKind = command.newUnit().kind() != null ? command.newUnit().kind() : sources.get(0).getKind();
			checkPlacement(survivorKind, survivorParent);
		}
		if (survivor != null) {
			checkOutside(survivor, sourceIds, "survivorId");
		}
		if (survivorParent != null) {
			checkOutside(survivorParent, sourceIds, "newUnit.parentId");
		}
		AgencyCode survivorCode = UnitCodes.parseOptional(
				survivor != null ? command.survivorAgencyCode() : command.newUnit().agencyCode(), "survivorAgencyCode");
		LocalDate effective = this.log.effectiveDate(decision);

		ChangeLog.Entry entry = this.log.begin(UnitEventType.MERGED, effective, decision);
		List<OrgUnit> changed = new ArrayList<>();
		if (survivor == null) {
			survivor = this.units.save(new OrgUnit(survivorParent.getId(), survivorKind, name(command.newUnit().name()),
					trim(command.newUnit().shortName()), null, effective, this.log.now()));
		}
		entry.involve(survivor, UnitRole.SUCCESSOR);
		Map<Long, Integer> moved = new LinkedHashMap<>();
		for (OrgUnit source : sources) {
			entry.involve(source, UnitRole.SOURCE);
			moved.put(source.getId(), this.people.moveAll(source.getId(), survivor.getId()));
		}
		entry.detail("peopleMoved", moved);
		List<OrgUnit> children = this.units.findByParentIdInAndStatus(sourceIds, UnitStatus.ACTIVE)
			.stream()
			.filter(c -> !sourceIds.contains(c.getId()))
			.toList();
		closeAll(sources, survivor.getId(), effective);
		boolean isNew = command.survivorId() == null;
		if (survivorCode != null) {
			this.codes.assign(survivor, survivorCode, survivorParent, entry, changed);
		}
		rehomeChildren(children, survivor, command.codes(), entry, changed);
		entry.closed(sources);
		if (isNew) {
			changed.remove(survivor);
			entry.opened(survivor);
		}
		entry.changed(changed);
		return finish(entry, survivor);
	}

	public List<UnitView> split(long id, UnitCommands.Split command) {
		Decision decision = decisionOf(command.decision());
		OrgUnit source = active(id, "id");
		Map<String, UnitCommands.Part> parts = new LinkedHashMap<>();
		for (UnitCommands.Part part : command.parts()) {
			if (parts.put(part.key(), part) != null) {
				throw DomainException.invalid("org-unit.split-duplicate-key", "Khóa phần tách '" + part.key() + "' bị trùng",
						"The part key '" + part.key() + "' is used twice");
			}
		}
		checkPartKey(parts, command.defaultPart(), "defaultPart");
		Map<Long, String> peopleMap = command.people() == null ? Map.of() : command.people();
		Map<Long, String> childMap = command.children() == null ? Map.of() : command.children();
		peopleMap.forEach((person, key) -> checkPartKey(parts, key, "people[" + person + "]"));
		childMap.forEach((child, key) -> checkPartKey(parts, key, "children[" + child + "]"));
		Map<String, OrgUnit> partParents = new LinkedHashMap<>();
		Map<String, AgencyCode> partCodes = new LinkedHashMap<>();
		for (UnitCommands.Part part : parts.values()) {
			Long parentId = part.unit().parentId() != null ? part.unit().parentId() : source.getParentId();
			if (parentId == null) {
				throw DomainException.invalid("org-unit.split-root", "Không thể chia tách đơn vị gốc của cây",
						"The root of the tree cannot be split");
			}
			OrgUnit parent = active(parentId, "parts." + part.key() + ".parentId");
			checkOutside(parent, Set.of(source.getId()), "parts." + part.key() + ".parentId");
			checkPlacement(kindOf(part.unit(), source), parent);
			partParents.put(part.key(), parent);
			AgencyCode code = UnitCodes.parseOptional(part.unit().agencyCode(), "parts." + part.key() + ".agencyCode");
			if (code != null) {
				partCodes.put(part.key(), code);
			}
		}
		List<OrgUnit> children = this.units.findByParentIdAndStatusOrderByNameAsc(source.getId(), UnitStatus.ACTIVE);
		Set<Long> childIds = ids(children);
		childMap.keySet().stream().filter(c -> !childIds.contains(c)).findFirst().ifPresent(c -> {
			throw DomainException.invalid("org-unit.split-unknown-child",
					"Đơn vị " + c + " không trực thuộc đơn vị bị chia tách", "Unit " + c + " is not a child of the split unit");
		});
		LocalDate effective = this.log.effectiveDate(decision);

		ChangeLog.Entry entry = this.log.begin(UnitEventType.SPLIT, effective, decision).involve(source, UnitRole.SOURCE);
		Map<String, OrgUnit> created = new LinkedHashMap<>();
		parts.forEach((key, part) -> {
			OrgUnit unit = this.units.save(new OrgUnit(partParents.get(key).getId(), kindOf(part.unit(), source),
					name(part.unit().name()), trim(part.unit().shortName()), null, effective, this.log.now()));
			created.put(key, unit);
			entry.involve(unit, UnitRole.TARGET);
		});
		Map<Long, List<Long>> peopleByTarget = new LinkedHashMap<>();
		peopleMap.forEach((person, key) -> peopleByTarget.computeIfAbsent(created.get(key).getId(), k -> new ArrayList<>())
			.add(person));
		OrgUnit fallback = created.get(command.defaultPart());
		entry.detail("peopleMoved", this.people.split(source.getId(), peopleByTarget, fallback.getId()));
		closeAll(List.of(source), fallback.getId(), effective);
		List<OrgUnit> changed = new ArrayList<>();
		partCodes.forEach((key, code) -> this.codes.assign(created.get(key), code, partParents.get(key), entry, changed));
		for (OrgUnit child : children) {
			OrgUnit target = created.get(childMap.getOrDefault(child.getId(), command.defaultPart()));
			rehomeChildren(List.of(child), target, command.codes(), entry, changed);
		}
		entry.closed(List.of(source));
		created.values().forEach(unit -> {
			changed.remove(unit);
			entry.opened(unit);
		});
		entry.changed(changed);
		finish(entry, source);
		return created.values().stream().map(OrgUnit::view).toList();
	}

	public UnitView dissolve(long id, UnitCommands.Dissolve command) {
		Decision decision = decisionOf(command.decision());
		OrgUnit unit = active(id, "id");
		long headcount = this.people.count(id);
		OrgUnit peopleTarget = command.peopleTargetId() == null ? null : active(command.peopleTargetId(), "peopleTargetId");
		if (headcount > 0 && peopleTarget == null) {
			throw DomainException.conflict("org-unit.people-without-target",
					"Đơn vị còn " + headcount + " người: phải chỉ định đơn vị tiếp nhận (peopleTargetId) trước khi giải thể",
					"The unit still has " + headcount + " people: name the unit that takes them (peopleTargetId) before dissolving it");
		}
		if (peopleTarget != null) {
			checkOutside(peopleTarget, Set.of(id), "peopleTargetId");
		}
		List<OrgUnit> children = this.units.findByParentIdAndStatusOrderByNameAsc(id, UnitStatus.ACTIVE);
		Long childTargetId = command.childrenTargetId() != null ? command.childrenTargetId()
				: peopleTarget != null ? peopleTarget.getId() : unit.getParentId();
		OrgUnit childTarget = null;
		if (!children.isEmpty()) {
			if (childTargetId == null) {
				throw DomainException.invalid("org-unit.children-without-target",
						"Đơn vị còn đơn vị trực thuộc: phải chỉ định nơi tiếp nhận (childrenTargetId)",
						"The unit still has sub-units: name where they go (childrenTargetId)");
			}
			childTarget = active(childTargetId, "childrenTargetId");
			checkOutside(childTarget, Set.of(id), "childrenTargetId");
			for (OrgUnit child : children) {
				checkPlacement(child.getKind(), childTarget);
			}
		}
		LocalDate effective = this.log.effectiveDate(decision);

		ChangeLog.Entry entry = this.log.begin(UnitEventType.DISSOLVED, effective, decision).involve(unit, UnitRole.SUBJECT);
		if (peopleTarget != null) {
			entry.involve(peopleTarget, UnitRole.SUCCESSOR).detail("peopleMoved",
					this.people.moveAll(id, peopleTarget.getId()));
		}
		closeAll(List.of(unit), peopleTarget == null ? null : peopleTarget.getId(), effective);
		List<OrgUnit> changed = new ArrayList<>();
		if (childTarget != null) {
			entry.involve(childTarget, UnitRole.NEW_PARENT);
			rehomeChildren(children, childTarget, command.codes(), entry, changed);
		}
		entry.closed(List.of(unit));
		entry.changed(changed);
		return finish(entry, unit);
	}

	/** Children of a closing unit go to a new parent; their codes follow; nothing is orphaned. */
	private void rehomeChildren(List<OrgUnit> children, OrgUnit newParent, Map<Long, String> explicitCodes,
			ChangeLog.Entry entry, List<OrgUnit> changed) {
		for (OrgUnit child : children) {
			checkPlacement(child.getKind(), newParent);
			OrgUnit oldParent = this.units.findById(child.getParentId()).orElse(null);
			child.moveTo(newParent.getId(), this.log.now());
			entry.involve(child, UnitRole.CHILD).detailItem("childrenMoved", child.getId());
			if (!changed.contains(child)) {
				changed.add(child);
			}
			this.codes.follow(child, oldParent, newParent, explicitCodes == null ? null : explicitCodes.get(child.getId()),
					entry, changed);
		}
	}

	/** Closes the units and writes at once, so their codes are free for the units that take over. */
	private void closeAll(List<OrgUnit> closing, Long successorId, LocalDate effective) {
		closing.forEach(u -> u.close(effective, successorId, this.log.now()));
		this.units.flush();
	}

	private UnitView finish(ChangeLog.Entry entry, OrgUnit unit) {
		entry.finish();
		try {
			this.units.flush();
		}
		catch (DataIntegrityViolationException ex) {
			// another node gave the same code at the same moment: the unique constraint is the last word
			throw DomainException.conflict("agency-code.taken", "Mã định danh vừa được dùng cho đơn vị khác",
					"A code was just taken by another unit");
		}
		return unit.view();
	}

	private OrgUnit active(Long id, String field) {
		if (id == null) {
			throw DomainException.invalid("org-unit.missing-id", "Thiếu mã đơn vị '" + field + "'",
					"The unit id '" + field + "' is missing");
		}
		OrgUnit unit = this.units.findById(id).orElseThrow(() -> new NotFoundException("đơn vị / unit", id));
		if (!unit.isActive()) {
			throw DomainException.conflict("org-unit.closed",
					"Đơn vị '" + unit.getName() + "' (id " + id + ") đã đóng (" + field + ")",
					"The unit '" + unit.getName() + "' (id " + id + ") is closed (" + field + ")");
		}
		return unit;
	}

	private List<OrgUnit> activeAll(Collection<Long> ids, String field) {
		List<OrgUnit> result = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			result.add(active(id, field));
		}
		return result;
	}

	private static void checkVersion(OrgUnit unit, Long expected) {
		if (expected != null && expected != unit.getVersion()) {
			throw DomainException.conflict("org-unit.version-mismatch",
					"Đơn vị vừa được người khác thay đổi (phiên bản " + unit.getVersion() + "): tải lại rồi thử lại",
					"The unit was changed meanwhile (version " + unit.getVersion() + "): reload and try again");
		}
	}

	private static void checkPlacement(UnitKind kind, OrgUnit parent) {
		UnitKind parentKind = parent == null ? null : parent.getKind();
		boolean ok = parent == null ? kind.allowedParents().isEmpty() : kind.allowedParents().contains(parentKind);
		if (!ok) {
			throw DomainException.invalid("org-unit.placement",
					parent == null ? "Đơn vị loại '" + kind.nameVi() + "' phải thuộc một đơn vị cấp trên"
							: "Đơn vị loại '" + kind.nameVi() + "' không thể trực thuộc '" + parentKind.nameVi() + "'",
					parent == null ? "A unit of kind " + kind + " needs a parent"
							: "A unit of kind " + kind + " cannot stand under a unit of kind " + parentKind);
		}
	}

	/** Refuses a unit that is one of {@code closing} or lies inside one of them. */
	private void checkOutside(OrgUnit unit, Set<Long> closing, String field) {
		if (closing.contains(unit.getId()) || ancestorIds(unit).stream().anyMatch(closing::contains)) {
			throw DomainException.invalid("org-unit.target-inside-closing",
					"Đơn vị '" + unit.getName() + "' (" + field + ") nằm trong đơn vị sắp đóng",
					"The unit '" + unit.getName() + "' (" + field + ") lies inside a unit being closed");
		}
	}

	private List<Long> ancestorIds(OrgUnit unit) {
		List<Long> result = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Long up = unit.getParentId(); up != null && seen.add(up);
				up = this.units.findById(up).map(OrgUnit::getParentId).orElse(null)) {
			result.add(up);
		}
		return result;
	}

	private static void checkPartKey(Map<String, UnitCommands.Part> parts, String key, String field) {
		if (key == null || !parts.containsKey(key)) {
			throw DomainException.invalid("org-unit.split-unknown-part",
					"'" + field + "' trỏ tới phần tách không có: '" + key + "'",
					"'" + field + "' names a part that does not exist: '" + key + "'");
		}
	}

	private static UnitKind kindOf(UnitCommands.NewUnit unit, OrgUnit source) {
		return unit.kind() != null ? unit.kind() : source.getKind();
	}

	private static Set<Long> ids(Collection<OrgUnit> units) {
		Set<Long> result = new LinkedHashSet<>();
		units.forEach(u -> result.add(u.getId()));
		return result;
	}

	private static Decision decisionOf(Decision decision) {
		return Objects.requireNonNullElse(decision, Decision.NONE);
	}

	private static String name(String name) {
		if (name == null || name.isBlank()) {
			throw DomainException.invalid("org-unit.name-missing", "Tên đơn vị không được để trống",
					"The unit name is required");
		}
		return name.trim();
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}

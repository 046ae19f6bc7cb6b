package vn.gov.cbccvc.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.NotFoundException;

/** Reads of the tree: the public {@link OrganisationDirectory} and the lists, trees and history of the API. */
@Service
@Transactional(readOnly = true)
class UnitDirectory implements OrganisationDirectory {

	private static final Set<String> SORTABLE = Set.of("name", "kind", "agencyCode", "validFrom", "id");

	private final OrgUnitRepository units;

	private final OrgUnitPeriodRepository periods;

	private final OrgUnitEventRepository events;

	private final ObjectMapper json;

	UnitDirectory(OrgUnitRepository units, OrgUnitPeriodRepository periods, OrgUnitEventRepository events,
			ObjectMapper json) {
		this.units = units;
		this.periods = periods;
		this.events = events;
		this.json = json;
	}

	@Override
	public Optional<UnitView> findUnit(long id) {
		return this.units.findById(id).map(OrgUnit::view);
	}

	@Override
	public Optional<UnitView> findByAgencyCode(String agencyCode) {
		return this.units.findByActiveCode(agencyCode).map(OrgUnit::view);
	}

	@Override
	public Optional<UnitView> parentOf(long id) {
		return require(id).getParentId() == null ? Optional.empty() : findUnit(require(id).getParentId());
	}

	@Override
	public List<UnitView> ancestors(long id) {
		List<UnitView> chain = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Long up = require(id).getParentId(); up != null && seen.add(up);) {
			OrgUnit unit = require(up);
			chain.add(unit.view());
			up = unit.getParentId();
		}
		return chain;
	}

	@Override
	public List<UnitView> childrenOf(long id) {
		return this.units.findByParentIdAndStatusOrderByNameAsc(id, UnitStatus.ACTIVE).stream().map(OrgUnit::view).toList();
	}

	@Override
	public UnitKind level(long id) {
		return require(id).getKind();
	}

	@Override
	public Optional<UnitView> nearestOfKind(long id, UnitKind kind) {
		UnitView self = require(id).view();
		if (self.kind() == kind) {
			return Optional.of(self);
		}
		return ancestors(id).stream().filter(u -> u.kind() == kind).findFirst();
	}

	@Override
	public boolean isWithin(long unitId, long ancestorId) {
		return unitId == ancestorId || ancestors(unitId).stream().anyMatch(u -> u.id() == ancestorId);
	}

	@Override
	public Optional<UnitView> currentSuccessor(long id) {
		OrgUnit unit = require(id);
		Set<Long> seen = new HashSet<>();
		while (!unit.isActive() && seen.add(unit.getId())) {
			UnitView view = unit.view();
			if (view.successorId() == null) {
				return Optional.empty();
			}
			unit = require(view.successorId());
		}
		return unit.isActive() ? Optional.of(unit.view()) : Optional.empty();
	}

	UnitView get(long id) {
		return require(id).view();
	}

	Page<UnitView> list(UnitFilter filter, Pageable pageable) {
		// only known columns: an unknown sort property must not become a 500
		Sort sort = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
		Pageable sorted = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), sort.isSorted() ? sort.and(Sort.by("id")) : Sort.by("name", "id"));
		if (filter.at() != null) {
			return this.periods.findAll(filter.periods(), sorted).map(OrgUnitPeriod::view);
		}
		return this.units.findAll(filter.units(), sorted).map(OrgUnit::view);
	}

	/** The tree under {@code filter.parentId()} (or from the roots), in one query. */
	List<UnitTreeNode> tree(UnitFilter filter) {
		UnitFilter all = filter.withoutParent();
		List<UnitView> rows = filter.at() != null
				? this.periods.findAll(all.periods()).stream().map(OrgUnitPeriod::view).toList()
				: this.units.findAll(all.units()).stream().map(OrgUnit::view).toList();
		Map<Long, List<UnitView>> byParent = new LinkedHashMap<>();
		Set<Long> present = new HashSet<>();
		rows.forEach(r -> present.add(r.id()));
		List<UnitView> roots = new ArrayList<>();
		for (UnitView row : rows.stream().sorted(Comparator.comparing(UnitView::name)).toList()) {
			boolean isRoot = filter.parentId() != null ? filter.parentId().equals(row.parentId())
					: row.parentId() == null || !present.contains(row.parentId());
			if (isRoot) {
				roots.add(row);
			}
			if (row.parentId() != null) {
				byParent.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
			}
		}
		return roots.stream().map(r -> node(r, byParent, new HashSet<>())).toList();
	}

	private static UnitTreeNode node(UnitView unit, Map<Long, List<UnitView>> byParent, Set<Long> path) {
		path.add(unit.id());
		List<UnitTreeNode> children = byParent.getOrDefault(unit.id(), List.of())
			.stream()
			.filter(c -> !path.contains(c.id()))
			.map(c -> node(c, byParent, path))
			.toList();
		path.remove(unit.id());
		return new UnitTreeNode(unit, children);
	}

	Page<UnitEventView> history(long id, Pageable pageable) {
		require(id);
		Pageable newestFirst = org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
				pageable.getPageSize(), Sort.by(Sort.Order.desc("effectiveDate"), Sort.Order.desc("id")));
		return this.events.findInvolving(id, newestFirst).map(this::view);
	}

	private UnitEventView view(OrgUnitEvent event) {
		return new UnitEventView(event.getId(), event.getType(), event.getEffectiveDate(), event.getDecisionNumber(),
				event.getDecisionDate(), event.getActor(), event.getRecordedAt(),
				event.getUnits().stream().map(u -> new UnitEventView.Involved(u.unitId(), u.role())).toList(),
				details(event.getDetails()));
	}

	private JsonNode details(String text) {
		try {
			return text == null ? this.json.createObjectNode() : this.json.readTree(text);
		}
		catch (JsonProcessingException ex) {
			return this.json.getNodeFactory().textNode(text);
		}
	}

	private OrgUnit require(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("đơn vị / unit", id));
	}

}

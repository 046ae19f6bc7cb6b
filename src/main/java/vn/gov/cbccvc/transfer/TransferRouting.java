package vn.gov.cbccvc.transfer;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.NotFoundException;
import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.organisation.UnitKind;
import vn.gov.cbccvc.organisation.UnitView;
import vn.gov.cbccvc.ruleset.DeadlineKey;
import vn.gov.cbccvc.ruleset.RuleSet;

/**
 * Decides the kind of a move inside the province from the organisation tree, and who acts:
 * <ul>
 * <li>the employing unit of a section is the nearest unit above it that is not a section: the same employing unit
 * is {@link TransferKind#WITHIN_UNIT} (HCM Art. 8.1);</li>
 * <li>the managing authority of a unit is the nearest of itself and its ancestors that is not a public service
 * unit or a section (a department for its schools, a commune for itself): the same authority is
 * {@link TransferKind#WITHIN_AUTHORITY} (HY Art. 11.1, DN Art. 8.1);</li>
 * <li>anything else is {@link TransferKind#BETWEEN_UNITS} (HCM Art. 8.2). When the rule set delegates the move to a
 * higher level (DN Art. 8.2: the district for communes of one district) and both units lie under the same unit of
 * that level, that unit's clerk and head act on both sides.</li>
 * </ul>
 */
@Component
class TransferRouting {

	private static final Set<String> LEVELS = Arrays.stream(UnitKind.values())
		.map(Enum::name)
		.collect(Collectors.toUnmodifiableSet());

	private final OrganisationDirectory organisation;

	TransferRouting(OrganisationDirectory organisation) {
		this.organisation = organisation;
	}

	TransferRoute route(RuleSet rules, long fromUnitId, long toUnitId) {
		UnitView fromEmployer = employingUnit(fromUnitId);
		UnitView toEmployer = employingUnit(toUnitId);
		if (fromEmployer.id() == toEmployer.id()) {
			return new TransferRoute(TransferKind.WITHIN_UNIT, fromEmployer.id(), toEmployer.id(), null);
		}
		if (managingAuthority(fromEmployer).id() == managingAuthority(toEmployer).id()) {
			return new TransferRoute(TransferKind.WITHIN_AUTHORITY, fromEmployer.id(), toEmployer.id(), null);
		}
		String acting = rules.actingLevel(DeadlineKey.MOVE_BETWEEN_UNITS, fromEmployer.kind().name(), LEVELS);
		if (!acting.equals(fromEmployer.kind().name()) && LEVELS.contains(acting)) {
			UnitKind actingKind = UnitKind.valueOf(acting);
			Long fromActing = this.organisation.nearestOfKind(fromEmployer.id(), actingKind).map(UnitView::id).orElse(null);
			Long toActing = this.organisation.nearestOfKind(toEmployer.id(), actingKind).map(UnitView::id).orElse(null);
			if (fromActing != null && fromActing.equals(toActing)) {
				String article = rules.delegations()
					.stream()
					.filter(d -> d.action() == DeadlineKey.MOVE_BETWEEN_UNITS)
					.map(RuleSet.Delegation::article)
					.findFirst()
					.orElse(null);
				return new TransferRoute(TransferKind.BETWEEN_UNITS, fromActing, toActing, article);
			}
		}
		return new TransferRoute(TransferKind.BETWEEN_UNITS, fromEmployer.id(), toEmployer.id(), null);
	}

	/** The unit itself, or for a section the nearest unit above it that is not a section. */
	UnitView employingUnit(long unitId) {
		UnitView unit = unit(unitId);
		while (unit.kind() == UnitKind.SECTION && unit.parentId() != null) {
			unit = unit(unit.parentId());
		}
		return unit;
	}

	/** The nearest of the unit and its ancestors that is neither a public service unit nor a section. */
	UnitView managingAuthority(UnitView employer) {
		UnitView unit = employer;
		while ((unit.kind() == UnitKind.PUBLIC_SERVICE_UNIT || unit.kind() == UnitKind.SECTION)
				&& unit.parentId() != null) {
			unit = unit(unit.parentId());
		}
		return unit;
	}

	private UnitView unit(long id) {
		return this.organisation.findUnit(id).orElseThrow(() -> new NotFoundException("đơn vị", id));
	}

}

package vn.gov.cbccvc.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.gov.cbccvc.account.UnitNames;
import vn.gov.cbccvc.security.UnitHierarchy;

/**
 * The organisation tree as the security and account features see it: a clerk of a department reaches the people
 * of its sub-units, and Camunda groups carry the unit's name.
 */
@Component
class UnitTreeLookups implements UnitHierarchy, UnitNames {

	private final OrganisationDirectory directory;

	UnitTreeLookups(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@Override
	public List<Long> ancestorsOf(long unitId) {
		if (this.directory.findUnit(unitId).isEmpty()) {
			return List.of();
		}
		return this.directory.ancestors(unitId).stream().map(UnitView::id).toList();
	}

	@Override
	public Optional<String> nameOf(long unitId) {
		return this.directory.findUnit(unitId).map(UnitView::name);
	}

}

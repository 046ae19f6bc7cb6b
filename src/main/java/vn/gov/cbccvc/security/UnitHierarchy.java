package vn.gov.cbccvc.security;

import java.util.List;

/**
 * The units above a unit in the organisation tree (parent first), so a clerk of a department also reaches the
 * people of its sub-units. Implemented by the organisation feature; without it a unit has no ancestors.
 */
@FunctionalInterface
public interface UnitHierarchy {

	UnitHierarchy FLAT = unitId -> List.of();

	List<Long> ancestorsOf(long unitId);

}

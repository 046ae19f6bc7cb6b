package vn.gov.cbccvc.account;

import java.util.Optional;

/**
 * Names of organisation units, for readable Camunda group names such as "Công chức đầu mối - Sở Tài chính".
 * Implemented by the organisation feature; without it groups are named after the unit id.
 */
@FunctionalInterface
public interface UnitNames {

	Optional<String> nameOf(long unitId);

}

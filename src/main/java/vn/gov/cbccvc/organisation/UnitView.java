package vn.gov.cbccvc.organisation;

import java.time.LocalDate;

/**
 * A unit as other features see it.
 *
 * @param successorId for a closed unit, the unit that took over its people (merge, split default, dissolve)
 * @param version optimistic-lock version; send it back with a change to be sure nobody changed the unit meanwhile
 */
public record UnitView(long id, Long parentId, UnitKind kind, String name, String shortName, String agencyCode,
		UnitStatus status, LocalDate validFrom, LocalDate validTo, Long successorId, long version) {

	public boolean active() {
		return this.status == UnitStatus.ACTIVE;
	}

}

package vn.gov.cbccvc.organisation;

import java.util.Collection;

/**
 * What an organisation change needs from the register of people: when a unit is merged, split or dissolved its
 * people move to a surviving unit in the same transaction, so no record is ever left on a closed unit.
 * Implemented by the profile feature.
 */
public interface PeopleRehoming {

	/** People (any record status, archived included) whose managing unit is {@code unitId}. */
	long countPeopleIn(long unitId);

	/** Moves every person of one unit to another; returns how many moved. */
	int moveAll(long fromUnitId, long toUnitId);

	/** Moves the named people (who must belong to {@code fromUnitId}) to another unit; returns how many moved. */
	int move(Collection<Long> personIds, long fromUnitId, long toUnitId);

}

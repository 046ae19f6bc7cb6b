package vn.gov.cbccvc.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.organisation.PeopleRehoming;

/**
 * Moves people between units when units merge, split or dissolve, as bulk updates in the caller's transaction.
 * Moves by id run in chunks so a list of any size stays under the database's parameter limit.
 */
@Component
class PeopleRehomingImpl implements PeopleRehoming {

	static final int CHUNK = 1000;

	private final PersonRepository people;

	PeopleRehomingImpl(PersonRepository people) {
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public long countPeopleIn(long unitId) {
		return this.people.countByUnitId(unitId);
	}

	@Override
	@Transactional
	public int moveAll(long fromUnitId, long toUnitId) {
		if (fromUnitId == toUnitId) {
			return 0;
		}
		return this.people.moveAll(fromUnitId, toUnitId, Actors.now());
	}

	@Override
	@Transactional
	public int move(Collection<Long> personIds, long fromUnitId, long toUnitId) {
		Set<Long> ids = new LinkedHashSet<>(personIds);
		if (ids.isEmpty() || fromUnitId == toUnitId) {
			return 0;
		}
		List<Long> all = new ArrayList<>(ids);
		var now = Actors.now();
		int moved = 0;
		for (int i = 0; i < all.size(); i += CHUNK) {
			moved += this.people.move(all.subList(i, Math.min(i + CHUNK, all.size())), fromUnitId, toUnitId, now);
		}
		if (moved != ids.size()) {
			// rolls the whole move back: every named person must belong to the unit being emptied
			throw DomainException.conflict("rehoming.not-in-unit",
					(ids.size() - moved) + " người trong danh sách không thuộc đơn vị " + fromUnitId,
					(ids.size() - moved) + " of the named people do not belong to unit " + fromUnitId);
		}
		return moved;
	}

}

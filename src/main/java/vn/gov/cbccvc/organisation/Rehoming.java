package vn.gov.cbccvc.organisation;

import java.util.Collection;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.common.DomainException;

/**
 * Moves people through {@link PeopleRehoming} and checks what it reports, so a closed unit never keeps anybody:
 * any shortfall throws and rolls the whole change back. Without a people register (the profile feature absent)
 * every unit counts as empty.
 */
@Component
class Rehoming {

	private static final Logger LOG = LoggerFactory.getLogger(Rehoming.class);

	private final PeopleRehoming people;

	Rehoming(ObjectProvider<PeopleRehoming> people) {
		this.people = people.getIfAvailable(() -> {
			LOG.warn("No PeopleRehoming implementation: organisation changes assume units hold no people");
			return new PeopleRehoming() {
				@Override
				public long countPeopleIn(long unitId) {
					return 0;
				}

				@Override
				public int moveAll(long fromUnitId, long toUnitId) {
					return 0;
				}

				@Override
				public int move(Collection<Long> personIds, long fromUnitId, long toUnitId) {
					return 0;
				}
			};
		});
	}

	long count(long unitId) {
		long count = this.people.countPeopleIn(unitId);
		return Math.max(count, 0);
	}

	/** Moves the named people; every one of them must have moved. */
	int move(Collection<Long> personIds, long from, long to) {
		int moved = this.people.move(personIds, from, to);
		if (moved != personIds.size()) {
			throw DomainException.invalid("org-unit.people-not-in-unit",
					"Chỉ chuyển được " + moved + "/" + personIds.size() + " người sang đơn vị " + to
							+ ": có người không thuộc đơn vị " + from,
					"Only " + moved + " of " + personIds.size() + " people could move to unit " + to
							+ ": some do not belong to unit " + from);
		}
		return moved;
	}

	/** Moves everybody left in {@code from} and checks the unit is empty afterwards. */
	int moveAll(long from, long to) {
		int moved = count(from) == 0 ? 0 : this.people.moveAll(from, to);
		long left = count(from);
		if (left != 0) {
			throw DomainException.conflict("org-unit.people-left-behind",
					left + " người vẫn còn thuộc đơn vị " + from + " sau khi chuyển; thay đổi đã được hủy",
					left + " people are still in unit " + from + " after the move; the change was rolled back");
		}
		return moved;
	}

	/** Moves people as mapped, the rest to the default unit; returns how many went where. */
	Map<Long, Integer> split(long from, Map<Long, ? extends Collection<Long>> peopleByTarget, long defaultTarget) {
		Map<Long, Integer> moved = new java.util.LinkedHashMap<>();
		peopleByTarget.forEach((target, ids) -> {
			if (!ids.isEmpty()) {
				moved.merge(target, move(ids, from, target), Integer::sum);
			}
		});
		moved.merge(defaultTarget, moveAll(from, defaultTarget), Integer::sum);
		return moved;
	}

}

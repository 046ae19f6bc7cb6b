package vn.gov.cbccvc.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** An in-memory register of people: person id → unit id. Not transactional (tests check before-and-after). */
public class FakePeopleRehoming implements PeopleRehoming {

	private final Map<Long, Long> unitOf = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(1000);

	/** Puts a new person in a unit and returns the person's id. */
	public long hire(long unitId) {
		long id = this.ids.incrementAndGet();
		this.unitOf.put(id, unitId);
		return id;
	}

	public Long unitOf(long personId) {
		return this.unitOf.get(personId);
	}

	@Override
	public long countPeopleIn(long unitId) {
		return this.unitOf.values().stream().filter(u -> u == unitId).count();
	}

	@Override
	public int moveAll(long fromUnitId, long toUnitId) {
		int moved = 0;
		for (Map.Entry<Long, Long> entry : this.unitOf.entrySet()) {
			if (entry.getValue() == fromUnitId) {
				entry.setValue(toUnitId);
				moved++;
			}
		}
		return moved;
	}

	@Override
	public int move(Collection<Long> personIds, long fromUnitId, long toUnitId) {
		int moved = 0;
		for (Long id : personIds) {
			if (Long.valueOf(fromUnitId).equals(this.unitOf.get(id))) {
				this.unitOf.put(id, toUnitId);
				moved++;
			}
		}
		return moved;
	}

}

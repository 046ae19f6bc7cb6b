package vn.gov.cbccvc.support;

import java.util.concurrent.atomic.AtomicInteger;

import vn.gov.cbccvc.organisation.OrganisationService;
import vn.gov.cbccvc.organisation.UnitCommands;
import vn.gov.cbccvc.organisation.UnitKind;

/** Real organisation units for tests of features whose records belong to a unit. */
public final class TestUnits {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private TestUnits() {
	}

	/** A new top-level unit (a province) with a unique name; returns its id. */
	public static long newUnit(OrganisationService organisation) {
		return organisation
			.create(new UnitCommands.Create(null, UnitKind.PROVINCE, "Đơn vị thử nghiệm " + COUNTER.incrementAndGet(),
					null, null, null))
			.id();
	}

}

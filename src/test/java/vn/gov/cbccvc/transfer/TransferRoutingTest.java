package vn.gov.cbccvc.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.organisation.OrganisationDirectory;
import vn.gov.cbccvc.organisation.UnitKind;
import vn.gov.cbccvc.organisation.UnitStatus;
import vn.gov.cbccvc.organisation.UnitView;
import vn.gov.cbccvc.ruleset.DeadlineKey;
import vn.gov.cbccvc.ruleset.RuleSet;

/** The kind of a move and who acts, from the organisation tree and the rule set's delegations (DN Art. 8.2). */
class TransferRoutingTest {

	// 1 province ─ 2 department ─ 3 school, 4 school, 5 section of 2; 6 other department; 7 district ─ 8, 9 communes;
	// 10 district ─ 11 commune; 12 commune directly under the province (two-tier)
	final Map<Long, UnitView> units = new HashMap<>();

	final TransferRouting routing = new TransferRouting(new Tree());

	static final RuleSet TT06 = rules(List.of());

	static final RuleSet DN = rules(List.of(new RuleSet.Delegation(DeadlineKey.MOVE_BETWEEN_UNITS, "DISTRICT",
			"COMMUNE", "SELF", "DN Art. 8.2")));

	TransferRoutingTest() {
		unit(1, null, UnitKind.PROVINCE);
		unit(2, 1L, UnitKind.DEPARTMENT);
		unit(3, 2L, UnitKind.PUBLIC_SERVICE_UNIT);
		unit(4, 2L, UnitKind.PUBLIC_SERVICE_UNIT);
		unit(5, 2L, UnitKind.SECTION);
		unit(6, 1L, UnitKind.DEPARTMENT);
		unit(7, 1L, UnitKind.DISTRICT);
		unit(8, 7L, UnitKind.COMMUNE);
		unit(9, 7L, UnitKind.COMMUNE);
		unit(10, 1L, UnitKind.DISTRICT);
		unit(11, 10L, UnitKind.COMMUNE);
		unit(12, 1L, UnitKind.COMMUNE);
	}

	@Test
	void toASectionOfTheSameUnit_isWithinUnit_actedByTheUnitOnBothSides() {
		assertThat(this.routing.route(TT06, 2, 5))
			.isEqualTo(new TransferRoute(TransferKind.WITHIN_UNIT, 2, 2, null));
	}

	@Test
	void betweenSchoolsOfOneDepartment_orFromTheDepartmentToItsSchool_isWithinAuthority() {
		assertThat(this.routing.route(TT06, 3, 4).kind()).isEqualTo(TransferKind.WITHIN_AUTHORITY);
		assertThat(this.routing.route(TT06, 2, 3)).isEqualTo(new TransferRoute(TransferKind.WITHIN_AUTHORITY, 2, 3, null));
	}

	@Test
	void betweenDepartments_isBetweenUnits_eachUnitActsForItself() {
		assertThat(this.routing.route(DN, 3, 6)).isEqualTo(new TransferRoute(TransferKind.BETWEEN_UNITS, 3, 6, null));
	}

	@Test
	void betweenCommunesOfOneDistrict_underDn_theDistrictActsOnBothSides() {
		assertThat(this.routing.route(DN, 8, 9))
			.isEqualTo(new TransferRoute(TransferKind.BETWEEN_UNITS, 7, 7, "DN Art. 8.2"));
	}

	@Test
	void betweenCommunesOfOneDistrict_withoutTheDelegation_eachCommuneActs() {
		assertThat(this.routing.route(TT06, 8, 9)).isEqualTo(new TransferRoute(TransferKind.BETWEEN_UNITS, 8, 9, null));
	}

	@Test
	void betweenCommunesOfDifferentDistricts_orWithoutAnyDistrict_eachCommuneActsEvenUnderDn() {
		assertThat(this.routing.route(DN, 8, 11)).isEqualTo(new TransferRoute(TransferKind.BETWEEN_UNITS, 8, 11, null));
		assertThat(this.routing.route(DN, 12, 8)).isEqualTo(new TransferRoute(TransferKind.BETWEEN_UNITS, 12, 8, null));
	}

	void unit(long id, Long parent, UnitKind kind) {
		this.units.put(id, new UnitView(id, parent, kind, "Đơn vị " + id, null, null, UnitStatus.ACTIVE, null, null,
				null, 0));
	}

	static RuleSet rules(List<RuleSet.Delegation> delegations) {
		return new RuleSet("X", null, null, null, null, List.of(), delegations, Map.of(), List.of(), Map.of(), null,
				List.of());
	}

	/** The tree above, read as the organisation feature answers. */
	class Tree implements OrganisationDirectory {

		@Override
		public Optional<UnitView> findUnit(long id) {
			return Optional.ofNullable(TransferRoutingTest.this.units.get(id));
		}

		@Override
		public Optional<UnitView> nearestOfKind(long id, UnitKind kind) {
			UnitView unit = TransferRoutingTest.this.units.get(id);
			while (unit != null && unit.kind() != kind) {
				unit = unit.parentId() == null ? null : TransferRoutingTest.this.units.get(unit.parentId());
			}
			return Optional.ofNullable(unit);
		}

		@Override
		public Optional<UnitView> findByAgencyCode(String agencyCode) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<UnitView> parentOf(long id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<UnitView> ancestors(long id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<UnitView> childrenOf(long id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public UnitKind level(long id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean isWithin(long unitId, long ancestorId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<UnitView> currentSuccessor(long id) {
			throw new UnsupportedOperationException();
		}

	}

}

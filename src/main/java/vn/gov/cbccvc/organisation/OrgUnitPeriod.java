package vn.gov.cbccvc.organisation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's parent, name and code during one period [validFrom, validTo): the tree on a past date. */
@Entity
@Table(name = "org_unit_period")
class OrgUnitPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Column(name = "parent_id", updatable = false)
	private Long parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30, updatable = false)
	private UnitKind kind;

	@Column(nullable = false, length = 300, updatable = false)
	private String name;

	@Column(name = "short_name", length = 100, updatable = false)
	private String shortName;

	@Column(name = "agency_code", length = 13, updatable = false)
	private String agencyCode;

	@Column(name = "valid_from", nullable = false, updatable = false)
	private LocalDate validFrom;

	/** Exclusive; the only column ever updated, once, when the next period starts. */
	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "event_id", nullable = false, updatable = false)
	private long eventId;

	protected OrgUnitPeriod() {
	}

	OrgUnitPeriod(OrgUnit unit, LocalDate validFrom, long eventId) {
		this.unitId = unit.getId();
		this.parentId = unit.getParentId();
		this.kind = unit.getKind();
		this.name = unit.getName();
		this.shortName = unit.getShortName();
		this.agencyCode = unit.getAgencyCode();
		this.validFrom = validFrom;
		this.eventId = eventId;
	}

	void end(LocalDate validTo) {
		this.validTo = validTo;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	UnitView view() {
		return new UnitView(this.unitId, this.parentId, this.kind, this.name, this.shortName, this.agencyCode,
				UnitStatus.ACTIVE, this.validFrom, this.validTo, null, 0);
	}

}

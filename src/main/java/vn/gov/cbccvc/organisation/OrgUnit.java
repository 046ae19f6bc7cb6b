package vn.gov.cbccvc.organisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit of the organisation tree. Parent and successor are plain ids: the tree is read by queries, not graphs. */
@Entity
@Table(name = "org_unit")
class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "parent_id")
	private Long parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private UnitKind kind;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "short_name", length = 100)
	private String shortName;

	@Column(name = "agency_code", length = 13)
	private String agencyCode;

	@Column(name = "active_code", length = 13)
	private String activeCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private UnitStatus status;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(name = "successor_id")
	private Long successorId;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	protected OrgUnit() {
	}

	OrgUnit(Long parentId, UnitKind kind, String name, String shortName, String agencyCode, LocalDate validFrom,
			OffsetDateTime now) {
		this.parentId = parentId;
		this.kind = kind;
		this.name = name;
		this.shortName = shortName;
		this.status = UnitStatus.ACTIVE;
		this.validFrom = validFrom;
		this.createdAt = now;
		this.updatedAt = now;
		setAgencyCode(agencyCode);
	}

	UnitView view() {
		return new UnitView(this.id, this.parentId, this.kind, this.name, this.shortName, this.agencyCode, this.status,
				this.validFrom, this.validTo, this.successorId, this.version);
	}

	void rename(String name, String shortName, OffsetDateTime now) {
		this.name = name;
		this.shortName = shortName;
		this.updatedAt = now;
	}

	void moveTo(Long parentId, OffsetDateTime now) {
		this.parentId = parentId;
		this.updatedAt = now;
	}

	void setAgencyCode(String agencyCode) {
		this.agencyCode = agencyCode;
		this.activeCode = this.status == UnitStatus.ACTIVE ? agencyCode : null;
	}

	void close(LocalDate effective, Long successorId, OffsetDateTime now) {
		this.status = UnitStatus.CLOSED;
		this.validTo = effective;
		this.successorId = successorId;
		this.activeCode = null;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	Long getParentId() {
		return this.parentId;
	}

	UnitKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	String getShortName() {
		return this.shortName;
	}

	String getAgencyCode() {
		return this.agencyCode;
	}

	UnitStatus getStatus() {
		return this.status;
	}

	boolean isActive() {
		return this.status == UnitStatus.ACTIVE;
	}

	long getVersion() {
		return this.version;
	}

}

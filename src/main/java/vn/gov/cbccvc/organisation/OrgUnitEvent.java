package vn.gov.cbccvc.organisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/** One entry of the append-only history of the tree: written once in the transaction of the change. */
@Entity
@Table(name = "org_unit_event")
class OrgUnitEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "event_type", nullable = false, length = 20, updatable = false)
	private UnitEventType type;

	@Column(name = "effective_date", nullable = false, updatable = false)
	private LocalDate effectiveDate;

	@Column(name = "decision_number", length = 100, updatable = false)
	private String decisionNumber;

	@Column(name = "decision_date", updatable = false)
	private LocalDate decisionDate;

	@Column(nullable = false, length = 100, updatable = false)
	private String actor;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private OffsetDateTime recordedAt;

	@Column(name = "details")
	private String details;

	@ElementCollection
	@CollectionTable(name = "org_unit_event_unit", joinColumns = @JoinColumn(name = "event_id"))
	@BatchSize(size = 100)
	private List<Involved> units = new ArrayList<>();

	protected OrgUnitEvent() {
	}

	OrgUnitEvent(UnitEventType type, LocalDate effectiveDate, Decision decision, String actor,
			OffsetDateTime recordedAt) {
		this.type = type;
		this.effectiveDate = effectiveDate;
		this.decisionNumber = decision.number();
		this.decisionDate = decision.date();
		this.actor = actor;
		this.recordedAt = recordedAt;
	}

	void involve(long unitId, UnitRole role) {
		Involved entry = new Involved(unitId, role);
		if (!this.units.contains(entry)) {
			this.units.add(entry);
		}
	}

	/** Set once, before the transaction of the change commits. */
	void details(String json) {
		this.details = json;
	}

	Long getId() {
		return this.id;
	}

	UnitEventType getType() {
		return this.type;
	}

	LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	String getDecisionNumber() {
		return this.decisionNumber;
	}

	LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	String getActor() {
		return this.actor;
	}

	OffsetDateTime getRecordedAt() {
		return this.recordedAt;
	}

	String getDetails() {
		return this.details;
	}

	List<Involved> getUnits() {
		return this.units;
	}

	@Embeddable
	record Involved(@Column(name = "unit_id", nullable = false) long unitId,
			@Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 20) UnitRole role) {
	}

}

package vn.gov.cbccvc.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.gov.cbccvc.CbccvcApplication;
import vn.gov.cbccvc.common.DomainException;

/**
 * Writes the history of one change: the event with the units involved and its details, and the periods that let
 * the tree of a past date be answered. One instance of {@link Entry} per operation.
 */
@Component
class ChangeLog {

	private final OrgUnitEventRepository events;

	private final OrgUnitPeriodRepository periods;

	private final ObjectMapper json;

	private final Clock clock;

	ChangeLog(OrgUnitEventRepository events, OrgUnitPeriodRepository periods, ObjectMapper json,
			ObjectProvider<Clock> clock) {
		this.events = events;
		this.periods = periods;
		this.json = json;
		// a Clock bean (tests, other features) wins; otherwise Vietnam's wall clock
		this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of(CbccvcApplication.ZONE)));
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	/** The effective date of a decision: today when empty, never in the future. */
	LocalDate effectiveDate(Decision decision) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate effective = decision.effectiveDate() == null ? today : decision.effectiveDate();
		if (effective.isAfter(today)) {
			throw DomainException.invalid("org-unit.effective-date-in-future",
					"Ngày hiệu lực " + effective + " chưa đến: thực hiện thay đổi vào ngày quyết định có hiệu lực",
					"The effective date " + effective + " is in the future: apply the change on the day it takes effect");
		}
		return effective;
	}

	Entry begin(UnitEventType type, LocalDate effective, Decision decision) {
		OrgUnitEvent event = this.events
			.save(new OrgUnitEvent(type, effective, decision, actor(), now()));
		Entry entry = new Entry(event, effective);
		if (decision.note() != null) {
			entry.detail("note", decision.note());
		}
		return entry;
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? "system" : auth.getName();
	}

	/** The history of one operation in the making. */
	final class Entry {

		private final OrgUnitEvent event;

		private final LocalDate effective;

		private final Map<String, Object> details = new LinkedHashMap<>();

		private Entry(OrgUnitEvent event, LocalDate effective) {
			this.event = event;
			this.effective = effective;
		}

		Entry involve(OrgUnit unit, UnitRole role) {
			this.event.involve(unit.getId(), role);
			return this;
		}

		Entry detail(String key, Object value) {
			this.details.put(key, value);
			return this;
		}

		@SuppressWarnings("unchecked")
		Entry detailItem(String key, Object value) {
			((List<Object>) this.details.computeIfAbsent(key, k -> new java.util.ArrayList<>())).add(value);
			return this;
		}

		/** A unit came into being on the effective date. */
		void opened(OrgUnit unit) {
			ChangeLog.this.periods.save(new OrgUnitPeriod(unit, this.effective, this.event.getId()));
		}

		/** Ends the units' current periods and opens new ones with their state after the change. */
		void changed(List<OrgUnit> units) {
			endPeriods(units);
			units.forEach(this::opened);
		}

		void closed(List<OrgUnit> units) {
			endPeriods(units);
		}

		private void endPeriods(List<OrgUnit> units) {
			if (units.isEmpty()) {
				return;
			}
			for (OrgUnitPeriod period : ChangeLog.this.periods
				.findByUnitIdInAndValidToIsNull(units.stream().map(OrgUnit::getId).toList())) {
				if (period.getValidFrom().isAfter(this.effective)) {
					throw DomainException.invalid("org-unit.effective-date-before-last-change",
							"Ngày hiệu lực " + this.effective + " trước lần thay đổi gần nhất của đơn vị ("
									+ period.getValidFrom() + ")",
							"The effective date " + this.effective + " is before the unit's last change ("
									+ period.getValidFrom() + ")");
				}
				period.end(this.effective);
			}
		}

		long eventId() {
			return this.event.getId();
		}

		void finish() {
			try {
				this.event.details(ChangeLog.this.json.writeValueAsString(this.details));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("Details of an organisation event could not be written", ex);
			}
		}

	}

}

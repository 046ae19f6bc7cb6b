package vn.gov.cbccvc.organisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of a unit's history. */
public record UnitEventView(long id, UnitEventType type, LocalDate effectiveDate, String decisionNumber,
		LocalDate decisionDate, String actor, OffsetDateTime recordedAt, List<Involved> units, JsonNode details) {

	public record Involved(long unitId, UnitRole role) {
	}

}

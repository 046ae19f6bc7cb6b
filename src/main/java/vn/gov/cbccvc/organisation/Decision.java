package vn.gov.cbccvc.organisation;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * The legal act behind a change of the tree.
 *
 * @param effectiveDate the day the change takes effect; today when empty; never in the future (apply a change on
 * the day it takes effect) nor before the last change of a unit it touches
 * @param number decision number, e.g. {@code 1234/QĐ-UBND}
 * @param date the date the decision was signed
 * @param note free text kept in the history
 */
public record Decision(LocalDate effectiveDate, @Size(max = 100) String number, LocalDate date,
		@Size(max = 1000) String note) {

	static final Decision NONE = new Decision(null, null, null, null);

}

package vn.gov.cbccvc.codelist;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An entry to add or change.
 *
 * @param active false deactivates the entry (kept for the records that use it); empty means active
 * @param expectedVersion the version read before, to refuse a change made meanwhile by someone else
 */
record CodeEntryRequest(@NotBlank @Size(max = 300) String name, @Size(max = 10) String salaryGroup,
		@Min(1) Integer step, @DecimalMin("0.01") @Digits(integer = 4, fraction = 2) BigDecimal coefficient,
		Boolean active, Integer sortOrder, Long expectedVersion) {
}

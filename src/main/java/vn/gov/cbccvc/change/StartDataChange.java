package vn.gov.cbccvc.change;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A change of data to declare (TT06 Art. 6.3, HY Art. 10.5): whose record, the day the data changed (the
 * declaration deadline counts from it) and what changed in a few words.
 */
public record StartDataChange(@NotNull Long personId, @NotNull @PastOrPresent LocalDate eventDate,
		@NotBlank @Size(max = 1000) String summary) {
}

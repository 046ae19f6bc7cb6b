package vn.gov.cbccvc.profile.cv;

import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Table 33: work history (unit, title or position). */
public record WorkHistoryRow(@NotNull YearMonth from, YearMonth to, @NotBlank @Size(max = 300) String unit,
		@Size(max = 300) String titleOrPosition) implements TimedRow {
}

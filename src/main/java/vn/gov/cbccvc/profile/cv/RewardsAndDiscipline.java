package vn.gov.cbccvc.profile.cv;

import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Tables 35.1 (yearly evaluation and rewards) and 35.2 (discipline). */
public record RewardsAndDiscipline(@Valid List<@Valid @NotNull YearlyRow> yearly,
		@Valid List<@Valid @NotNull DisciplineRow> discipline) {

	/** 35.1: one year's professional rating, emulation rating and reward. */
	public record YearlyRow(@NotNull @Min(1950) @Max(2200) Integer year, @Size(max = 200) String professionalRating,
			@Size(max = 200) String emulationRating, @Size(max = 500) String reward) {
	}

	/** 35.2: a Party or administrative discipline. */
	public record DisciplineRow(@NotNull YearMonth from, YearMonth to, @NotBlank @Size(max = 200) String form,
			@Size(max = 1000) String act, @Size(max = 300) String decidingBody) implements TimedRow {
	}

}

package vn.gov.cbccvc.profile.cv;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Tables 36.1 (own side) and 36.2 (spouse's side). Relatives' data is kept to what the form asks (Law
 * 91/2025/QH15): relation, name, birth year and one free-text column.
 */
public record FamilyRelations(@Valid List<@Valid @NotNull RelativeRow> ownSide,
		@Valid List<@Valid @NotNull RelativeRow> spouseSide) {

	public record RelativeRow(@NotBlank @Size(max = 50) String relation, @NotBlank @Size(max = 200) String fullName,
			@Min(1850) @Max(2200) Integer birthYear, @Size(max = 2000) String details) {
	}

}

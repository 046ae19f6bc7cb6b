package vn.gov.cbccvc.profile.cv;

import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Tables 32.1–32.6: training and further training. */
public record Training(@Valid List<@Valid @NotNull ProfessionalRow> professional,
		@Valid List<@Valid @NotNull CourseRow> politicalTheory, @Valid List<@Valid @NotNull CourseRow> stateManagement,
		@Valid List<@Valid @NotNull CourseRow> defence, @Valid List<@Valid @NotNull CourseRow> informationTechnology,
		@Valid List<@Valid @NotNull LanguageRow> languages) {

	/** 32.1: professional training (institution, major, mode, degree). */
	public record ProfessionalRow(@NotNull YearMonth from, YearMonth to, @NotBlank @Size(max = 300) String institution,
			@Size(max = 200) String major, @Size(max = 100) String mode, @Size(max = 100) String degree)
			implements TimedRow {
	}

	/** 32.2–32.5: a course with its certificate; {@code levelCode} refers to the matching code list. */
	public record CourseRow(@NotNull YearMonth from, YearMonth to, @Size(max = 300) String institution,
			@NotBlank @Size(max = 300) String course, @Size(max = 100) String mode,
			@Size(max = 200) String certificate, @Size(max = 20) String levelCode) implements TimedRow {
	}

	/** 32.6: foreign or ethnic-minority language. */
	public record LanguageRow(@NotNull YearMonth from, YearMonth to, @Size(max = 300) String institution,
			@NotBlank @Size(max = 100) String language, @Size(max = 200) String certificate,
			@Size(max = 50) String score) implements TimedRow {
	}

}

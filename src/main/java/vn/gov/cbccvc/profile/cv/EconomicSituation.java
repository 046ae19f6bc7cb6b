package vn.gov.cbccvc.profile.cv;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Table 37: 37.1 salary history, 37.2 allowances, 37.3 income, house and land. */
public record EconomicSituation(@Valid List<@Valid @NotNull SalaryHistoryRow> salaryHistory,
		@Valid List<@Valid @NotNull AllowanceRow> allowances, @Valid Assets assets) {

	/** 37.1: rank code, step, coefficient and job-position salary over a period. */
	public record SalaryHistoryRow(@NotNull YearMonth from, YearMonth to, @Size(max = 20) String rankCode,
			@Min(1) Integer step, @DecimalMin("0") BigDecimal coefficient,
			@DecimalMin("0") BigDecimal jobPositionSalary) implements TimedRow {
	}

	/** 37.2: allowance kind, %, coefficient, form and value. */
	public record AllowanceRow(@NotNull YearMonth from, YearMonth to, @NotBlank @Size(max = 200) String kind,
			@DecimalMin("0") BigDecimal percent, @DecimalMin("0") BigDecimal coefficient, @Size(max = 100) String form,
			@DecimalMin("0") BigDecimal value) implements TimedRow {
	}

	/** 37.3: income, house (m², certificate), residential and business land (m²). */
	public record Assets(@DecimalMin("0") BigDecimal salaryIncome, @DecimalMin("0") BigDecimal otherIncome,
			@DecimalMin("0") BigDecimal houseAreaM2, @Size(max = 300) String houseCertificate,
			@DecimalMin("0") BigDecimal residentialLandM2, @DecimalMin("0") BigDecimal businessLandM2) {
	}

}

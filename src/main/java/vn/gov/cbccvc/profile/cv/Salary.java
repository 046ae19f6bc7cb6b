package vn.gov.cbccvc.profile.cv;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Item 30: 30.1 rank salary, 30.2 allowances, 30.3 job-position salary. */
public record Salary(@Valid RankSalary rank, @Valid Allowances allowances, @Valid JobPositionSalary jobPosition) {

	/**
	 * 30.1: rank (ngạch) or professional title (chức danh nghề nghiệp) and its code, step and coefficient.
	 *
	 * @param rankCode code of list {@code rank}
	 */
	public record RankSalary(@Size(max = 20) String rankCode, @Size(max = 200) String rankName,
			LocalDate appointmentDate, @Min(1) @jakarta.validation.constraints.Max(30) Integer step,
			@DecimalMin("0") @DecimalMax("20") BigDecimal coefficient, LocalDate effectiveDate,
			@DecimalMin("0") @DecimalMax("100") BigDecimal percentReceived,
			@DecimalMin("0") @DecimalMax("100") BigDecimal seniorityAllowancePercent,
			LocalDate seniorityAllowanceDate) {
	}

	/** 30.2: position, concurrent-position and other allowances (coefficients). */
	public record Allowances(@DecimalMin("0") BigDecimal positionCoefficient,
			@DecimalMin("0") BigDecimal concurrentCoefficient, @Size(max = 500) String other) {
	}

	/** 30.3: job position (vị trí việc làm) with its code, and salary by amount. */
	public record JobPositionSalary(@Size(max = 200) String jobPosition, @Size(max = 50) String jobPositionCode,
			@Min(1) Integer step, @DecimalMin("0") BigDecimal amount, LocalDate effectiveDate,
			@DecimalMin("0") @DecimalMax("100") BigDecimal percentReceived,
			@DecimalMin("0") @DecimalMax("100") BigDecimal seniorityAllowancePercent) {
	}

}

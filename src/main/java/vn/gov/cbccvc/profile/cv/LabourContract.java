package vn.gov.cbccvc.profile.cv;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The labour contract of Circular 05/2023/TT-BNV Annex II for contract workers (TT06 Art. 6.1b).
 *
 * @param salaryCoefficient either this or {@code salaryAmount}
 * @param salaryAmount monthly amount in VND
 */
public record LabourContract(@Size(max = 50) String contractNumber, LocalDate signedOn,
		@Valid @NotNull ContractParty employer, @Valid @NotNull ContractParty employee, @NotNull ContractType type,
		@NotNull LocalDate startDate, LocalDate endDate, @NotBlank @Size(max = 300) String workplace,
		@NotBlank @Size(max = 500) String job, @Size(max = 300) String workingHours,
		@DecimalMin("0") BigDecimal salaryCoefficient, @DecimalMin("0") BigDecimal salaryAmount,
		@Size(max = 1000) String allowances, @Size(max = 1000) String insurance,
		@Size(max = 4000) String rightsAndDuties) {

	public enum ContractType {

		/** Indefinite term. */
		INDEFINITE,
		/** Fixed term (up to 36 months, Labour Code 2019 Art. 20). */
		FIXED_TERM

	}

	/** One party: the employing agency (with its representative) or the worker. */
	public record ContractParty(@NotBlank @Size(max = 300) String name, @Size(max = 200) String representative,
			@Size(max = 200) String position, @Size(max = 300) String address, @Size(max = 20) String phone,
			@Size(max = 12) String personalIdNumber, LocalDate birthDate) {
	}

}

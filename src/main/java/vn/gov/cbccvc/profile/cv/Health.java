package vn.gov.cbccvc.profile.cv;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Item 31 (sensitive: health data, Law 91/2025/QH15). */
public record Health(@Size(max = 200) String status, @Min(50) @Max(250) Integer heightCm,
		@Min(20) @Max(300) Integer weightKg,
		@Pattern(regexp = "(A|B|AB|O)[+-]?", message = CvMessages.BLOOD_GROUP) String bloodGroup) {
}

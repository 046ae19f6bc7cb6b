package vn.gov.cbccvc.profile.cv;

import jakarta.validation.constraints.Size;

/** A commune and province (items 4, 5 and 10); {@code detail} holds the street address where needed. */
public record Place(@Size(max = 300) String detail, @Size(max = 150) String commune,
		@Size(max = 150) String province) {
}

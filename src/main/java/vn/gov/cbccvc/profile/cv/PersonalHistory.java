package vn.gov.cbccvc.profile.cv;

import jakarta.validation.constraints.Size;

/** Item 34 (sensitive, Law 91/2025/QH15): 34.1 arrests, 34.2 work for the former regime, 34.3 foreign relations. */
public record PersonalHistory(@Size(max = 2000) String arrestsOrImprisonment,
		@Size(max = 2000) String formerRegimeWork, @Size(max = 2000) String foreignOrganisationRelations) {
}

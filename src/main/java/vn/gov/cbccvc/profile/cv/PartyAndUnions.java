package vn.gov.cbccvc.profile.cv;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** Items 15–16 (sensitive: political membership, Law 91/2025/QH15). */
public record PartyAndUnions(LocalDate partyAdmissionDate, LocalDate partyOfficialDate,
		@Size(max = 200) String socioPoliticalOrganisation, LocalDate socioPoliticalOrganisationJoinDate) {
}

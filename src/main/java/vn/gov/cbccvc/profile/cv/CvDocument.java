package vn.gov.cbccvc.profile.cv;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The CV (sơ yếu lý lịch) of TT06's annex (TT06 Art. 6.1a), grouped by field group so that the model can follow
 * the data groups of Decree 27/2026/NĐ-CP; contract workers also carry the labour contract of Circular
 * 05/2023/TT-BNV Annex II (TT06 Art. 6.1b). Stored as JSON; {@code schemaVersion} says which shape it has.
 *
 * @param schemaVersion the version of this model the content follows ({@link #CURRENT_SCHEMA})
 * @param header managing agency, employing unit, file number, photo
 * @param identity items 1–11
 * @param recruitment items 12–14
 * @param partyAndUnions items 15–16
 * @param military item 17
 * @param policy item 18
 * @param education items 19–22
 * @param positions items 23–29
 * @param salary item 30
 * @param health item 31
 * @param training tables 32.1–32.6
 * @param workHistory table 33
 * @param personalHistory item 34
 * @param rewardsAndDiscipline tables 35.1–35.2
 * @param family tables 36.1–36.2
 * @param economy tables 37.1–37.3
 * @param assessment item 38
 * @param labourContract contract workers only (Circular 05/2023/TT-BNV Annex II)
 */
public record CvDocument(@NotNull Integer schemaVersion, @Valid @NotNull Header header,
		@Valid @NotNull Identity identity, @Valid Recruitment recruitment, @Valid PartyAndUnions partyAndUnions,
		@Valid Military military, @Valid Policy policy, @Valid Education education, @Valid Positions positions,
		@Valid Salary salary, @Valid Health health, @Valid Training training,
		@Valid List<@Valid @NotNull WorkHistoryRow> workHistory, @Valid PersonalHistory personalHistory,
		@Valid RewardsAndDiscipline rewardsAndDiscipline, @Valid FamilyRelations family,
		@Valid EconomicSituation economy, @Valid AgencyAssessment assessment,
		@Valid LabourContract labourContract) {

	public static final int CURRENT_SCHEMA = 1;

	/** A document with only the header and identity filled, e.g. when a person is first registered. */
	public static CvDocument of(Header header, Identity identity) {
		return new CvDocument(CURRENT_SCHEMA, header, identity, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
	}

	public CvDocument withIdentity(Identity newIdentity) {
		return new CvDocument(this.schemaVersion, this.header, newIdentity, this.recruitment, this.partyAndUnions,
				this.military, this.policy, this.education, this.positions, this.salary, this.health, this.training,
				this.workHistory, this.personalHistory, this.rewardsAndDiscipline, this.family, this.economy,
				this.assessment, this.labourContract);
	}

}

package vn.gov.cbccvc.profile.cv;

import java.util.List;

/**
 * The field groups of {@link CvDocument}, each the JSON property holding it, the items of TT06's annex it covers,
 * and the paths inside it that are sensitive personal data under Law 91/2025/QH15 (ethnic group, religion,
 * health, Party and political membership, personal history, relatives). Access control restricts, encrypts and
 * logs reads by these paths; a mapping to the data groups of Decree 27/2026/NĐ-CP can be added group by group.
 */
public enum CvFieldGroup {

	HEADER("header", "header", List.of()),
	IDENTITY("identity", "1–11", List.of("identity.ethnicGroupCode", "identity.religionCode")),
	RECRUITMENT("recruitment", "12–14", List.of()),
	PARTY_AND_UNIONS("partyAndUnions", "15–16", List.of("partyAndUnions")),
	MILITARY("military", "17", List.of()),
	POLICY("policy", "18", List.of()),
	EDUCATION("education", "19–22", List.of()),
	POSITIONS("positions", "23–29", List.of("positions.partyPosition", "positions.concurrentPartyPosition")),
	SALARY("salary", "30", List.of()),
	HEALTH("health", "31", List.of("health")),
	TRAINING("training", "32", List.of()),
	WORK_HISTORY("workHistory", "33", List.of()),
	PERSONAL_HISTORY("personalHistory", "34", List.of("personalHistory")),
	REWARDS_AND_DISCIPLINE("rewardsAndDiscipline", "35", List.of()),
	FAMILY("family", "36", List.of("family")),
	ECONOMY("economy", "37", List.of()),
	ASSESSMENT("assessment", "38", List.of()),
	LABOUR_CONTRACT("labourContract", "Circular 05/2023/TT-BNV Annex II", List.of());

	private final String property;

	private final String formItems;

	private final List<String> sensitivePaths;

	CvFieldGroup(String property, String formItems, List<String> sensitivePaths) {
		this.property = property;
		this.formItems = formItems;
		this.sensitivePaths = sensitivePaths;
	}

	public String property() {
		return this.property;
	}

	public String formItems() {
		return this.formItems;
	}

	public List<String> sensitivePaths() {
		return this.sensitivePaths;
	}

	/** Whether a field path (e.g. {@code family.ownSide[0].fullName}) is sensitive personal data. */
	public static boolean isSensitive(String path) {
		for (CvFieldGroup g : values()) {
			for (String p : g.sensitivePaths) {
				if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
					return true;
				}
			}
		}
		return false;
	}

}

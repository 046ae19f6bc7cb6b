package vn.gov.cbccvc.codelist;

import java.util.Optional;

/**
 * Reference data loaded at start (ethnic groups, religions, provinces of birth registration, ranks and
 * professional titles, education levels …) and extended by administrators. Profiles refer to entries by code.
 */
public interface CodeLists {

	String BIRTH_PROVINCE = "birth-province";

	String ETHNIC_GROUP = "ethnic-group";

	String RELIGION = "religion";

	/** Civil-servant ranks (ngạch) and public-employee professional titles (chức danh nghề nghiệp). */
	String RANK = "rank";

	String GENERAL_EDUCATION = "general-education";

	String QUALIFICATION = "qualification";

	String POLITICAL_THEORY = "political-theory";

	String STATE_MANAGEMENT = "state-management";

	/** Salary coefficient per salary group and step (Decree 204/2004/NĐ-CP); code {@code <group>-<step>}. */
	String SALARY_COEFFICIENT = "salary-coefficient";

	String BLOOD_GROUP = "blood-group";

	/** Relations of the CV form's family tables (field 36). */
	String FAMILY_RELATION = "family-relation";

	/** True when {@code code} is an active entry of {@code list} (valid for new input). */
	boolean contains(String list, String code);

	/** The Vietnamese name of an entry, active or deactivated (old records keep their codes). */
	Optional<String> name(String list, String code);

}

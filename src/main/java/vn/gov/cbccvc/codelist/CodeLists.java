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

	boolean contains(String list, String code);

	/** The Vietnamese name of an entry, if the code is in the list. */
	Optional<String> name(String list, String code);

}

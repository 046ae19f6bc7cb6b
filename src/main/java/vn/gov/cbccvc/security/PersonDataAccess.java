package vn.gov.cbccvc.security;

import java.util.Set;

/**
 * May this user read or write the data of person P, who is managed by unit U? The rules (TT06 Art. 4.4, 8.3;
 * HCM Art. 4.1, 4.5: access follows duties):
 * <ul>
 * <li>everyone reads and writes their own data (entry and updates with evidence, TT06 Art. 6.2, 6.3);</li>
 * <li>clerks of the unit or of an ancestor unit read and write its people's data (they create accounts and review
 * entries, HY Art. 10.3);</li>
 * <li>heads, deputies and unit-scoped managers of the unit or an ancestor read it (they approve, not edit);</li>
 * <li>the DoHA admin and the Camunda admin read and write everything; province-wide managers read everything.</li>
 * </ul>
 * Whether a record is open for writing at all (e.g. locked after review, HY Art. 10.3) is the profile feature's
 * decision on top of this one.
 */
public interface PersonDataAccess {

	boolean mayRead(CurrentUser user, long personId, long unitId);

	boolean mayWrite(CurrentUser user, long personId, long unitId);

	/** The user holds the role in the unit itself or in a unit above it (e.g. "is a clerk over unit 12"). */
	boolean holdsRoleOver(CurrentUser user, String role, long unitId);

	/** For the caller of the current request; throws a 403 problem when refused. */
	void requireRead(long personId, long unitId);

	/** For the caller of the current request; throws a 403 problem when refused. */
	void requireWrite(long personId, long unitId);

	/** What a list screen may show the user, for building a query. */
	ReadScope readScope(CurrentUser user);

	/**
	 * @param everything the user reads every person of the province
	 * @param unitIds units whose people the user reads (add their sub-units when querying)
	 * @param ownPersonId the user's own person, always readable (null if none)
	 */
	record ReadScope(boolean everything, Set<Long> unitIds, Long ownPersonId) {
	}

}

package vn.gov.cbccvc.sync;

/**
 * Reads a person's latest signed version from the national database for a receiving province (TT06 Art. 11.1b,
 * DN Art. 8.3a, HY Art. 11.2, HCM Art. 8.3): nothing the national database holds is typed again (TT06 Art. 4.5).
 * Replace the REST implementation with a bean for the real national data sharing platform by declaring it
 * {@code @Primary}.
 */
public interface NationalRecordLookup {

	/**
	 * @param personalIdNumber the 12-digit personal ID number (TT06 Art. 3.6)
	 * @throws NationalRecordNotFoundException the national database holds no usable record of the person: a person
	 *         must decide (ask the sending agency to sync, or cancel)
	 * @throws NationalRecordUnavailableException a technical failure: retry later, nothing is lost
	 */
	NationalRecord latest(String personalIdNumber);

}

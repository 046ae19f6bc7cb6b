package vn.gov.cbccvc.sync;

/**
 * Sends a signed version to the national database (TT06 Art. 12.2, 12.4). Replace the REST implementation with a
 * bean for the real national data sharing platform (NDXP) by declaring it {@code @Primary}.
 */
public interface NationalDatabaseClient {

	/**
	 * @throws NationalRejectedException the national side refused the version for a reason a person must handle
	 * @throws NationalUnavailableException a technical failure: retry later
	 */
	NationalReceipt send(NationalSubmission submission);

}

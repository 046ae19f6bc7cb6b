package vn.gov.cbccvc.sync;

/** The national database holds no (usable) record of the person: a business outcome, not retried by itself. */
public class NationalRecordNotFoundException extends RuntimeException {

	public NationalRecordNotFoundException(String message) {
		super(message);
	}

}

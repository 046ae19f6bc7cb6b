package vn.gov.cbccvc.sync;

/** The national database could not be asked (refused connection, time-out, 5xx, bad answer): retry later. */
public class NationalRecordUnavailableException extends RuntimeException {

	public NationalRecordUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

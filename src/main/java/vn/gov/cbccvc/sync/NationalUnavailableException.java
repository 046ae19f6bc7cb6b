package vn.gov.cbccvc.sync;

/** A technical failure reaching the national database (refused connection, time-out, 5xx): retried later. */
public class NationalUnavailableException extends RuntimeException {

	public NationalUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

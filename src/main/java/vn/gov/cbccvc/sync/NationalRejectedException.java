package vn.gov.cbccvc.sync;

/** A business refusal by the national database (4xx with a reason): a person at DoHA must handle it. */
public class NationalRejectedException extends RuntimeException {

	private final int status;

	public NationalRejectedException(int status, String reason) {
		super(reason);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

	public String reason() {
		return getMessage();
	}

}

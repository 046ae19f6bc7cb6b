package vn.gov.cbccvc.national;

import org.springframework.http.HttpStatus;

/** A version the national node will not store, with a stable code and a reason in Vietnamese and English. */
class NationalRefusal extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final String reasonVi;

	NationalRefusal(HttpStatus status, String code, String reasonVi, String reasonEn) {
		super(reasonEn);
		this.status = status;
		this.code = code;
		this.reasonVi = reasonVi;
	}

	static NationalRefusal unprocessable(String code, String reasonVi, String reasonEn) {
		return new NationalRefusal(HttpStatus.UNPROCESSABLE_ENTITY, code, reasonVi, reasonEn);
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	String reasonVi() {
		return this.reasonVi;
	}

	String reasonEn() {
		return getMessage();
	}

}

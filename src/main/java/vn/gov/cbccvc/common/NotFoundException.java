package vn.gov.cbccvc.common;

import org.springframework.http.HttpStatus;

/** A referenced record does not exist (404). */
public class NotFoundException extends DomainException {

	public NotFoundException(String what, Object id) {
		super(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy " + what + " có mã " + id,
				"No " + what + " with id " + id);
	}

}

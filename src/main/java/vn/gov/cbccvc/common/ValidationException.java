package vn.gov.cbccvc.common;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input that breaks one or more field rules; nothing has been written when it is thrown. */
public class ValidationException extends DomainException {

	public ValidationException(List<FieldViolation> violations) {
		super(HttpStatus.BAD_REQUEST, "validation-failed", "Dữ liệu nhập không hợp lệ", "The input is not valid",
				violations);
	}

	public static void throwIfAny(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new ValidationException(violations);
		}
	}

}

package vn.gov.cbccvc.common;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A rule of the domain was broken by the caller's input or request. Carries a stable code and a message in
 * Vietnamese and English, and is answered as an RFC 7807 problem (never a 500).
 */
public class DomainException extends RuntimeException {

	private final String code;

	private final String messageVi;

	private final String messageEn;

	private final HttpStatus status;

	private final List<FieldViolation> violations;

	public DomainException(HttpStatus status, String code, String messageVi, String messageEn) {
		this(status, code, messageVi, messageEn, List.of());
	}

	public DomainException(HttpStatus status, String code, String messageVi, String messageEn,
			List<FieldViolation> violations) {
		// Vietnamese first: Tasklist shows a refused completion's message as it is (wrapped by the engine)
		super(messageVi + " (" + messageEn + ")");
		this.status = status;
		this.code = code;
		this.messageVi = messageVi;
		this.messageEn = messageEn;
		this.violations = List.copyOf(violations);
	}

	public static DomainException notFound(String what, Object id) {
		return new NotFoundException(what, id);
	}

	public static DomainException invalid(String code, String messageVi, String messageEn) {
		return new DomainException(HttpStatus.BAD_REQUEST, code, messageVi, messageEn);
	}

	public static DomainException conflict(String code, String messageVi, String messageEn) {
		return new DomainException(HttpStatus.CONFLICT, code, messageVi, messageEn);
	}

	public String getCode() {
		return this.code;
	}

	public String getMessageVi() {
		return this.messageVi;
	}

	public String getMessageEn() {
		return this.messageEn;
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	public List<FieldViolation> getViolations() {
		return this.violations;
	}

}

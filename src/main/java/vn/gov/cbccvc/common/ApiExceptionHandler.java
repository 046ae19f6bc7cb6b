package vn.gov.cbccvc.common;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every client error of the domain API as an RFC 7807 problem with a stable {@code code}, a Vietnamese
 * {@code detailVi} next to the English {@code detail}, and the failing fields.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	static final String TYPE_BASE = "urn:cbccvc:problem:";

	@ExceptionHandler(DomainException.class)
	ProblemDetail handleDomain(DomainException ex) {
		return problem(ex.getStatus(), ex.getCode(), ex.getMessageVi(), ex.getMessageEn(), ex.getViolations());
	}

	/** The engine refused the caller (Camunda authorizations): a 403 like any other refusal. */
	@ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
	ProblemDetail handleEngineAuthorization(org.camunda.bpm.engine.AuthorizationException ex) {
		return problem(HttpStatus.FORBIDDEN, "access-denied", "Không có quyền thực hiện thao tác này trên quy trình",
				"The process engine refused this operation for your account", List.of());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail handleConstraintViolation(ConstraintViolationException ex) {
		List<FieldViolation> violations = ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldViolation(v.getPropertyPath().toString(), "constraint", v.getMessage(), v.getMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "validation-failed", "Dữ liệu nhập không hợp lệ",
				"The input is not valid", violations);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "bad-parameter",
				"Tham số '" + ex.getName() + "' có giá trị không hợp lệ: " + ex.getValue(),
				"Parameter '" + ex.getName() + "' has an invalid value: " + ex.getValue(), List.of());
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> violations.add(new FieldViolation(e.getField(), "constraint",
					String.valueOf(e.getDefaultMessage()), String.valueOf(e.getDefaultMessage()))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(e -> violations.add(new FieldViolation(e.getObjectName(), "constraint",
					String.valueOf(e.getDefaultMessage()), String.valueOf(e.getDefaultMessage()))));
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "validation-failed", "Dữ liệu nhập không hợp lệ",
					"The input is not valid", violations));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "unreadable-body",
					"Không đọc được nội dung yêu cầu (JSON sai cú pháp hoặc sai kiểu dữ liệu)",
					"The request body could not be read (malformed JSON or a wrong type)", List.of()));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(problem(HttpStatus.BAD_REQUEST, "missing-parameter",
					"Thiếu tham số bắt buộc '" + ex.getParameterName() + "'",
					"Required parameter '" + ex.getParameterName() + "' is missing", List.of()));
	}

	static ProblemDetail problem(HttpStatus status, String code, String messageVi, String messageEn,
			List<FieldViolation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messageEn);
		problem.setType(URI.create(TYPE_BASE + code));
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("code", code);
		problem.setProperty("detailVi", messageVi);
		if (!violations.isEmpty()) {
			problem.setProperty("violations", violations.stream()
				.map(v -> Map.of("field", v.field(), "code", v.code(), "messageVi", v.messageVi(), "messageEn",
						v.messageEn()))
				.toList());
		}
		return problem;
	}

}

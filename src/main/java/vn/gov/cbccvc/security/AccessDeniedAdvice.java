package vn.gov.cbccvc.security;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused {@code @PreAuthorize} answers 403 as a problem with a stable code, like every other API error. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessDeniedAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail handleAccessDenied(AccessDeniedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"Your roles do not allow this action");
		problem.setType(URI.create("urn:cbccvc:problem:forbidden"));
		problem.setTitle(HttpStatus.FORBIDDEN.getReasonPhrase());
		problem.setProperty("code", "forbidden");
		problem.setProperty("detailVi", "Vai trò của bạn không được phép thực hiện thao tác này");
		return problem;
	}

}

package vn.gov.cbccvc.tasklist;

import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.security.CurrentUser;
import vn.gov.cbccvc.security.CurrentUsers;

/** Who is logged in, for the pages under {@code /ho-so/} (their header and their "own profile" link). */
@RestController
@Tag(name = "Phiên đăng nhập / Session")
class SessionController {

	record SessionView(String username, Long personId, Set<String> roles) {
	}

	private final CurrentUsers currentUsers;

	SessionController(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@GetMapping("/api/session")
	@Operation(summary = "Người đang đăng nhập / The logged-in user")
	SessionView session() {
		CurrentUser user = this.currentUsers.require();
		return new SessionView(user.username(), user.personId(), user.roles());
	}

}

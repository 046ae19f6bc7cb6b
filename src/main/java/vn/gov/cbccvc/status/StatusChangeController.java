package vn.gov.cbccvc.status;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.security.CurrentUsers;

@RestController
@RequestMapping("/api/status-changes")
@Tag(name = "Cập nhật tình trạng hồ sơ / Status changes",
		description = "Retirement, resignation, dismissal, death, leaving the state sector: prepare → head signs → archive (kept forever) → sync (TT06 Art. 11.2, DN Art. 8.5, HY Art. 11.3, 12.1, HCM Art. 8.4)")
class StatusChangeController {

	private final StatusChangeService requests;

	private final CurrentUsers users;

	StatusChangeController(StatusChangeService requests, CurrentUsers users) {
		this.requests = requests;
		this.users = users;
	}

	@PostMapping
	@Operation(summary = "Ghi nhận văn bản có hiệu lực và bắt đầu cập nhật tình trạng / Record the effective document and start")
	ResponseEntity<StatusChangeView> start(@Valid @RequestBody StartStatusChange command) {
		StatusChangeView view = this.requests.start(command, this.users.require().username());
		return ResponseEntity.created(URI.create("/api/status-changes/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một yêu cầu cập nhật tình trạng / One status change")
	StatusChangeView get(@PathVariable long id) {
		return this.requests.get(id);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Rút yêu cầu (văn bản bị thu hồi, nhập nhầm) / Withdraw")
	ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody Map<String, String> body) {
		this.requests.withdraw(id, body == null ? null : body.get("reason"), this.users.require().username());
		return ResponseEntity.accepted().build();
	}

}

package vn.gov.cbccvc.onboarding;

import java.net.URI;
import java.util.List;
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
@RequestMapping("/api/onboardings")
@Tag(name = "Tiếp nhận người mới / Onboarding",
		description = "Recruitment decision or contract → account → self-entry → review → signed approval (TT06 Art. 6.2, 7.1)")
class OnboardingController {

	private final OnboardingService onboardings;

	private final OnboardingReturns returns;

	private final CurrentUsers users;

	OnboardingController(OnboardingService onboardings, OnboardingReturns returns, CurrentUsers users) {
		this.onboardings = onboardings;
		this.returns = returns;
		this.users = users;
	}

	@PostMapping
	@Operation(summary = "Ghi nhận quyết định tuyển dụng / hợp đồng và bắt đầu tiếp nhận / Record a recruitment and start onboarding")
	ResponseEntity<OnboardingView> start(@Valid @RequestBody StartOnboarding command) {
		OnboardingView view = this.onboardings.start(command, this.users.require().username());
		return ResponseEntity.created(URI.create("/api/onboardings/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một hồ sơ tiếp nhận / One onboarding")
	OnboardingView get(@PathVariable long id) {
		return this.onboardings.get(id);
	}

	@GetMapping("/{id}/returns")
	@Operation(summary = "Các lần trả lại kèm lý do / Returns with reasons")
	List<Map<String, Object>> returns(@PathVariable long id) {
		this.onboardings.get(id);
		return this.returns.of(id);
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Hủy tiếp nhận (quyết định bị hủy, không nhận việc) / Cancel")
	ResponseEntity<Void> cancel(@PathVariable long id, @RequestBody Map<String, String> body) {
		this.onboardings.cancel(id, body.get("reason"), this.users.require().username());
		return ResponseEntity.accepted().build();
	}

}

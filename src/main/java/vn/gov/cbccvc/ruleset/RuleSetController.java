package vn.gov.cbccvc.ruleset;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Bộ quy tắc / Rule sets")
class RuleSetController {

	/** One available rule set, as listed by {@code GET /api/rule-sets}. */
	record RuleSetSummary(String code, RuleSet.Label name, RuleSet.LegalDocument legalDocument, String base,
			boolean inForce) {
	}

	private final RuleSetRegistry registry;

	RuleSetController(RuleSetRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/rule-set")
	@Operation(summary = "Bộ quy tắc đang áp dụng / The rule set in force")
	RuleSet inForce() {
		return this.registry.inForce();
	}

	@GetMapping("/rule-sets")
	@Operation(summary = "Các bộ quy tắc có sẵn / Available rule sets")
	List<RuleSetSummary> available() {
		String current = this.registry.inForce().code();
		return this.registry.all()
			.stream()
			.map(r -> new RuleSetSummary(r.code(), r.name(), r.legalDocument(), r.base(), r.code().equals(current)))
			.toList();
	}

}

package vn.gov.cbccvc.codelist;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.organisation.DohaAdminOnly;

@RestController
@RequestMapping("/api/code-lists")
@Tag(name = "Danh mục / Code lists", description = "Dân tộc, tôn giáo, ngạch, chức danh nghề nghiệp, hệ số lương …")
class CodeListController {

	private final CodeListService service;

	CodeListController(CodeListService service) {
		this.service = service;
	}

	@GetMapping
	@Operation(summary = "Các danh mục và số mục / Lists with their entry counts")
	List<CodeListSummary> lists() {
		return this.service.summaries();
	}

	@GetMapping("/salary-coefficients")
	@Operation(summary = "Hệ số lương theo nhóm và bậc / Salary coefficient of a group and step")
	CodeEntry salaryCoefficient(@RequestParam String group, @RequestParam int step) {
		return this.service.salaryCoefficient(group, step);
	}

	@GetMapping("/{list}")
	@Operation(summary = "Các mục của một danh mục / Entries of a list")
	List<CodeEntry> entries(@PathVariable String list,
			@RequestParam(defaultValue = "false") boolean includeInactive) {
		return this.service.entries(list, includeInactive);
	}

	@PutMapping("/{list}/{code}")
	@DohaAdminOnly
	@Operation(summary = "Thêm hoặc sửa một mục (active=false để ngừng dùng) / Add or change an entry (deactivate, never delete)")
	CodeEntry put(@PathVariable String list, @PathVariable String code, @Valid @RequestBody CodeEntryRequest request) {
		return this.service.put(list, code, request);
	}

}

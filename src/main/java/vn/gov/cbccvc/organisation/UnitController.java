package vn.gov.cbccvc.organisation;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Cơ cấu tổ chức / Organisation tree",
		description = "Đơn vị, mã định danh điện tử và lịch sử thay đổi (DN Art. 3.9, TT06 Art. 16.2)")
class UnitController {

	private final OrganisationService service;

	private final UnitDirectory directory;

	UnitController(OrganisationService service, UnitDirectory directory) {
		this.service = service;
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "Danh sách đơn vị (phân trang) / Units, paged",
			description = "Lọc theo đơn vị cấp trên, loại, trạng thái, tên; 'at' = cây tại một ngày trong quá khứ")
	Page<UnitView> list(@RequestParam(required = false) Long parentId, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) UnitStatus status, @RequestParam(required = false) String q,
			@Parameter(description = "yyyy-MM-dd") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate at,
			@ParameterObject @PageableDefault(size = 50) Pageable pageable) {
		return this.directory.list(new UnitFilter(parentId, kind, status, q, at), pageable);
	}

	@GetMapping(params = "view=tree")
	@Operation(summary = "Cây đơn vị (?view=tree) / The tree, from parentId or from the roots")
	List<UnitTreeNode> tree(@RequestParam(required = false) Long parentId, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false, defaultValue = "ACTIVE") UnitStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
		return this.directory.tree(new UnitFilter(parentId, kind, status, null, at));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một đơn vị / One unit")
	UnitView get(@PathVariable long id) {
		return this.directory.get(id);
	}

	@GetMapping("/{id}/ancestors")
	@Operation(summary = "Chuỗi đơn vị cấp trên đến tỉnh / Ancestors up to the province, nearest first")
	List<UnitView> ancestors(@PathVariable long id) {
		return this.directory.ancestors(id);
	}

	@GetMapping("/{id}/children")
	@Operation(summary = "Đơn vị trực thuộc đang hoạt động / Active children")
	List<UnitView> children(@PathVariable long id) {
		this.directory.get(id);
		return this.directory.childrenOf(id);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Lịch sử thay đổi / History of the unit, newest first")
	Page<UnitEventView> history(@PathVariable long id, @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
		return this.directory.history(id, pageable);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@DohaAdminOnly
	@Operation(summary = "Thành lập đơn vị / Create a unit")
	UnitView create(@Valid @RequestBody UnitCommands.Create command) {
		return this.service.create(command);
	}

	@PutMapping("/{id}/name")
	@DohaAdminOnly
	@Operation(summary = "Đổi tên / Rename (the old name stays in the history)")
	UnitView rename(@PathVariable long id, @Valid @RequestBody UnitCommands.Rename command) {
		return this.service.rename(id, command);
	}

	@PostMapping("/{id}/move")
	@DohaAdminOnly
	@Operation(summary = "Chuyển sang đơn vị cấp trên khác / Move under a new parent")
	UnitView move(@PathVariable long id, @Valid @RequestBody UnitCommands.Move command) {
		return this.service.move(id, command);
	}

	@PostMapping("/merge")
	@DohaAdminOnly
	@Operation(summary = "Sáp nhập, hợp nhất / Merge units into a surviving or a new unit")
	UnitView merge(@Valid @RequestBody UnitCommands.Merge command) {
		return this.service.merge(command);
	}

	@PostMapping("/{id}/split")
	@DohaAdminOnly
	@Operation(summary = "Chia tách / Split a unit into new units")
	List<UnitView> split(@PathVariable long id, @Valid @RequestBody UnitCommands.Split command) {
		return this.service.split(id, command);
	}

	@PostMapping("/{id}/dissolve")
	@DohaAdminOnly
	@Operation(summary = "Giải thể / Dissolve a unit")
	UnitView dissolve(@PathVariable long id, @Valid @RequestBody UnitCommands.Dissolve command) {
		return this.service.dissolve(id, command);
	}

}

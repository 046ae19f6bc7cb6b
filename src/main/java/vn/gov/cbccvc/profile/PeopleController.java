package vn.gov.cbccvc.profile;

import java.security.Principal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register of people. Thin: every check lives in the services. */
@RestController
@RequestMapping("/api")
@Tag(name = "Người / People", description = "Danh sách CBCCVC và kho lưu trữ / the register and the archive")
class PeopleController {

	private final PersonService people;

	PeopleController(PersonService people) {
		this.people = people;
	}

	@PostMapping("/people")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Thêm người vào cơ sở dữ liệu / Register a person")
	PersonView create(@RequestBody NewPerson request, Principal principal) {
		return this.people.register(request, Actors.of(principal));
	}

	@GetMapping("/people")
	@Operation(summary = "Danh sách người (phân trang, lọc) / List people (paged, filtered)")
	PageResponse<PersonView> list(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) RecordStatus status,
			@RequestParam(required = false) PersonCategory category,
			@Parameter(description = "Một phần họ tên / part of the name") @RequestParam(required = false) String name,
			@ParameterObject Pageable pageable) {
		return PageResponse.of(this.people.search(new PersonFilter(unitId, status, category, name), pageable));
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "Thông tin một người / One person")
	PersonView get(@PathVariable long id) {
		return this.people.get(id);
	}

	@GetMapping("/archive")
	@Operation(summary = "Hồ sơ người đã nghỉ, chuyển đi (TT06 Điều 11.2) / Records of people who left")
	PageResponse<PersonView> archive(@RequestParam(required = false) Long unitId,
			@ParameterObject Pageable pageable) {
		return PageResponse.of(this.people.archive(unitId, pageable));
	}

}

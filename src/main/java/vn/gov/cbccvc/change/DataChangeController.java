package vn.gov.cbccvc.change;

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
@RequestMapping("/api/data-changes")
@Tag(name = "Cập nhật thay đổi thông tin / Changes of data",
		description = "Employee proposes in the draft with evidence → clerk reviews the diff → head signs → new version → sync (TT06 Art. 6.3, DN Art. 6.5, HY Art. 10.5, HCM Art. 7.2c)")
class DataChangeController {

	private final DataChangeService requests;

	private final CurrentUsers users;

	DataChangeController(DataChangeService requests, CurrentUsers users) {
		this.requests = requests;
		this.users = users;
	}

	@PostMapping
	@Operation(summary = "Bắt đầu kê khai thay đổi thông tin / Start declaring a change of data")
	ResponseEntity<DataChangeView> start(@Valid @RequestBody StartDataChange command) {
		DataChangeView view = this.requests.start(command, this.users.require().username());
		return ResponseEntity.created(URI.create("/api/data-changes/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một đề nghị cập nhật thay đổi / One change of data")
	DataChangeView get(@PathVariable long id) {
		return this.requests.get(id);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Rút đề nghị (bản nháp trở về nội dung đã duyệt) / Withdraw (the draft returns to the approved content)")
	ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
		this.requests.withdraw(id, body == null ? null : body.get("reason"), this.users.require().username());
		return ResponseEntity.accepted().build();
	}

}

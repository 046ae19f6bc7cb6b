package vn.gov.cbccvc.transfer;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.common.DomainException;
import vn.gov.cbccvc.security.CurrentUsers;

@RestController
@RequestMapping("/api/transfers")
@Tag(name = "Điều chuyển hồ sơ trong tỉnh / Moves inside the province",
		description = "Decision → effective date → sending clerk hands over → receiving clerk accepts → receiving head signs → record and access moved → sync (DN Art. 8.1, 8.2; HY Art. 11.1; HCM Art. 8.1, 8.2)")
class TransferController {

	private final TransferService transfers;

	private final CurrentUsers users;

	TransferController(TransferService transfers, CurrentUsers users) {
		this.transfers = transfers;
		this.users = users;
	}

	@PostMapping
	@Operation(summary = "Ghi nhận quyết định điều chuyển và bắt đầu / Record the decision and start the move")
	ResponseEntity<TransferView> start(@Valid @RequestBody StartTransfer command) {
		TransferView view = this.transfers.startMove(command, this.users.require().username());
		return ResponseEntity.created(URI.create("/api/transfers/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một việc điều chuyển / One move")
	TransferView get(@PathVariable long id) {
		return this.transfers.get(id);
	}

	@GetMapping
	@Operation(summary = "Lịch sử điều chuyển của một người (personId) hoặc danh sách của đơn vị gửi/nhận (unitId, status) / A person's history of moves, or a unit's list")
	Page<TransferView> list(@RequestParam(required = false) Long personId, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) TransferStatus status, Pageable pageable) {
		if (personId != null) {
			return this.transfers.history(personId, pageable);
		}
		if (unitId != null) {
			return this.transfers.forUnit(unitId, status, pageable);
		}
		throw DomainException.invalid("transfer.filter-required", "Cần chọn người (personId) hoặc đơn vị (unitId)",
				"Give personId or unitId");
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Rút hoặc hủy (kèm lý do) trước khi bàn giao / Withdraw or cancel with a reason before the hand-over")
	ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
		this.transfers.withdraw(id, body == null ? null : body.get("reason"), this.users.require().username());
		return ResponseEntity.accepted().build();
	}

}

package vn.gov.cbccvc.transfer;

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
@RequestMapping("/api/transfers-out")
@Tag(name = "Chuyển công tác ra ngoài tỉnh / Transfers out",
		description = "Out of the province or the state sector: clerk prepares → head signs → on the effective date the account is revoked and the record archived (TRANSFERRED_OUT) → sync (TT06 Art. 11.1a, 11.2; HY Art. 11.3; HCM Art. 8.3; DN Art. 8.5)")
class TransferOutController {

	private final TransferService transfers;

	private final CurrentUsers users;

	TransferOutController(TransferService transfers, CurrentUsers users) {
		this.transfers = transfers;
		this.users = users;
	}

	@PostMapping
	@Operation(summary = "Ghi nhận quyết định chuyển công tác ra ngoài và bắt đầu / Record the decision and start")
	ResponseEntity<TransferView> start(@Valid @RequestBody StartTransferOut command) {
		TransferView view = this.transfers.startOut(command, this.users.require().username());
		return ResponseEntity.created(URI.create("/api/transfers-out/" + view.id())).body(view);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một việc chuyển công tác ra ngoài / One transfer out")
	TransferView get(@PathVariable long id) {
		return this.transfers.get(id);
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Rút hoặc hủy (kèm lý do) trước ngày có hiệu lực / Withdraw or cancel before it takes effect")
	ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
		this.transfers.withdraw(id, body == null ? null : body.get("reason"), this.users.require().username());
		return ResponseEntity.accepted().build();
	}

}

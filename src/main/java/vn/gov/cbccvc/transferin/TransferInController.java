package vn.gov.cbccvc.transferin;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.gov.cbccvc.security.CurrentUsers;

@RestController
@RequestMapping("/api/transfers-in")
@Tag(name = "Tiếp nhận chuyển đến / Transfers in",
		description = "Dossier → DoHA pulls from the national DB → account → employee checks → review → approval → sync (TT06 Art. 11.1b-c, DN Art. 8.3-8.4, HY Art. 11.2, HCM Art. 8.3)")
class TransferInController {

	private static final int MAX_PAGE = 200;

	private final TransferInService transfers;

	private final CurrentUsers users;

	TransferInController(TransferInService transfers, CurrentUsers users) {
		this.transfers = transfers;
		this.users = users;
	}

	@PostMapping
	@Operation(summary = "Ghi nhận hồ sơ chuyển đến và đề nghị Sở Nội vụ đồng bộ / Record a transfer in and ask DoHA to pull")
	ResponseEntity<TransferInView> start(@Valid @RequestBody StartTransferIn command) {
		TransferInView view = this.transfers.start(command, this.users.require().username());
		return ResponseEntity.created(URI.create("/api/transfers-in/" + view.id())).body(view);
	}

	@GetMapping
	@Operation(summary = "Danh sách hồ sơ chuyển đến (phân trang) / Transfers in, paged, newest first")
	TransferInPage list(@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) TransferInStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Page<TransferInView> found = this.transfers.list(unitId, status, PageRequest.of(Math.max(page, 0),
				Math.min(Math.max(size, 1), MAX_PAGE), Sort.by(Sort.Direction.DESC, "startedAt", "id")));
		return new TransferInPage(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Một hồ sơ chuyển đến, kèm nguồn dữ liệu đã đồng bộ / One transfer in with the pulled record's origin")
	TransferInView get(@PathVariable long id) {
		return this.transfers.get(id);
	}

	@GetMapping("/{id}/dossier-scan")
	@Operation(summary = "Bản quét hồ sơ giấy / The scanned dossier")
	ResponseEntity<byte[]> scan(@PathVariable long id) {
		TransferInScan scan = this.transfers.scan(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(scan.getMediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ho-so-" + id + "\"")
			.header("X-Content-SHA256", scan.getSha256())
			.body(scan.getContent());
	}

	/** A stable JSON shape for a page (Spring's PageImpl is not one). */
	record TransferInPage(java.util.List<TransferInView> content, int page, int size, long totalElements,
			int totalPages) {
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Rút hồ sơ (quyết định bị thu hồi, nhập nhầm) trước khi phê duyệt / Withdraw before approval")
	ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody(required = false) Map<String, String> body) {
		this.transfers.withdraw(id, body == null ? null : body.get("reason"), this.users.require().username());
		return ResponseEntity.accepted().build();
	}

}

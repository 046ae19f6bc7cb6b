package vn.gov.cbccvc.national;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The national node's API for provinces (TT06 Art. 11.1b, 12.2-12.4). */
@RestController
@Tag(name = "CSDL quốc gia / National database")
class NationalVersionController {

	private final NationalVersions versions;

	NationalVersionController(NationalVersions versions) {
		this.versions = versions;
	}

	@PostMapping("/national/api/versions")
	@Operation(summary = "Nhận phiên bản hồ sơ đã ký / Receive a signed profile version")
	ResponseEntity<Receipt> receive(@RequestBody VersionSubmission submission, Authentication client) {
		String province = client.getAuthorities()
			.stream()
			.map(a -> a.getAuthority())
			.filter(a -> a.startsWith(NationalSecurityConfig.PROVINCE_PREFIX))
			.map(a -> a.substring(NationalSecurityConfig.PROVINCE_PREFIX.length()))
			.findFirst()
			.orElse("");
		NationalVersions.Outcome outcome = this.versions.receive(submission, client.getName(), province);
		return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.receipt());
	}

	@GetMapping("/national/api/people/{personalIdNumber}/latest")
	@Operation(summary = "Phiên bản mới nhất của một người cho đơn vị tiếp nhận / Latest version for a receiving province")
	ResponseEntity<StoredVersion> latest(@PathVariable String personalIdNumber) {
		return ResponseEntity.of(this.versions.latest(personalIdNumber));
	}

	@ExceptionHandler(NationalRefusal.class)
	ResponseEntity<Map<String, Object>> refused(NationalRefusal refusal) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", refusal.status().value());
		body.put("code", refusal.code());
		body.put("reasonVi", refusal.reasonVi());
		body.put("reasonEn", refusal.reasonEn());
		return ResponseEntity.status(refusal.status()).body(body);
	}

}

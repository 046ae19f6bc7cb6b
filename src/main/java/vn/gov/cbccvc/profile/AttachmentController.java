package vn.gov.cbccvc.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Scanned evidence attached to CV fields. */
@RestController
@RequestMapping("/api/people/{id}/attachments")
@Tag(name = "Tệp minh chứng / Evidence", description = "Bản scan PDF, JPEG, PNG / scanned PDF, JPEG, PNG")
class AttachmentController {

	private final AttachmentService attachments;

	AttachmentController(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Tải lên tệp minh chứng / Upload evidence")
	AttachmentInfo upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam("fieldPath") String fieldPath, Principal principal) {
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this.attachments.upload(id, fieldPath, file.getOriginalFilename(), file.getContentType(), bytes,
				Actors.of(principal));
	}

	@GetMapping
	@Operation(summary = "Danh sách tệp minh chứng / List evidence")
	List<AttachmentInfo> list(@PathVariable long id) {
		return this.attachments.list(id);
	}

	@GetMapping("/{attachmentId}/content")
	@Operation(summary = "Tải xuống tệp / Download a file")
	ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable long attachmentId) {
		AttachmentContent c = this.attachments.content(id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(c.info().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(c.info().fileName(), StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(c.content());
	}

}

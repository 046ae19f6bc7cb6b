package vn.gov.cbccvc.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.unit.DataSize;

import vn.gov.cbccvc.common.FieldViolation;
import vn.gov.cbccvc.common.ValidationException;

class AttachmentServiceTest {

	static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	static final byte[] EXE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };

	private final AttachmentRepository repository = mock(AttachmentRepository.class);

	private final AttachmentService service;

	AttachmentServiceTest() {
		ProfileAccess access = mock(ProfileAccess.class);
		this.service = new AttachmentService(this.repository, mock(PersonService.class), access,
				new ProfileProperties(DataSize.ofKilobytes(1)));
		when(this.repository.save(any())).thenAnswer(inv -> {
			Attachment a = inv.getArgument(0);
			ReflectionTestUtils.setField(a, "id", 7L);
			return a;
		});
	}

	@Test
	void magicBytes_recogniseThePermittedTypes() {
		assertThat(EvidenceTypes.detect(PDF)).contains("application/pdf");
		assertThat(EvidenceTypes.detect(PNG)).contains("image/png");
		assertThat(EvidenceTypes.detect(JPEG)).contains("image/jpeg");
		assertThat(EvidenceTypes.detect(EXE)).isEmpty();
		assertThat(EvidenceTypes.detect(new byte[] { '%', 'P' })).isEmpty();
	}

	@Test
	void executableRenamedPdf_isRefused() {
		assertThatThrownBy(() -> this.service.upload(1, "identity", "bang-cu-nhan.pdf", "application/pdf", EXE, "u"))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.getViolations())
				.extracting(FieldViolation::code)
				.containsExactly("attachment.type-not-allowed"));
		verify(this.repository, never()).save(any());
	}

	@Test
	void declaredTypeContradictingTheContent_isRefused() {
		assertThatThrownBy(() -> this.service.upload(1, "identity", "anh.png", "image/png", PDF, "u"))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.getViolations())
				.extracting(FieldViolation::code)
				.containsExactly("attachment.type-mismatch"));
	}

	@Test
	void fileOverTheConfiguredLimit_isRefused_andAtTheLimitAccepted() {
		byte[] big = Arrays.copyOf(PDF, 1025);
		assertThatThrownBy(() -> this.service.upload(1, "identity", "a.pdf", "application/pdf", big, "u"))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.getViolations())
				.extracting(FieldViolation::code)
				.containsExactly("attachment.too-large"));
		AttachmentInfo ok = this.service.upload(1, "training.professional[0]", "a.pdf", "application/octet-stream",
				Arrays.copyOf(PDF, 1024), "u");
		assertThat(ok.mediaType()).isEqualTo("application/pdf");
		assertThat(ok.sizeBytes()).isEqualTo(1024);
		assertThat(ok.sha256()).hasSize(64);
	}

	@Test
	void missingFieldPathAndEmptyFile_areBothListed() {
		assertThatThrownBy(() -> this.service.upload(1, "../etc", "a.pdf", null, new byte[0], "u"))
			.isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.getViolations())
				.extracting(FieldViolation::code)
				.containsExactlyInAnyOrder("attachment.field-path", "attachment.empty"));
	}

	@Test
	void pathInFileName_isStripped() {
		AttachmentInfo info = this.service.upload(1, "identity", "C:\\scan\\..\\cccd.jpg", "image/jpeg", JPEG, "u");
		assertThat(info.fileName()).isEqualTo("cccd.jpg");
	}

}

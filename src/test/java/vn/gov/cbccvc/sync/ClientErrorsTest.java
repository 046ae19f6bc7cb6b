package vn.gov.cbccvc.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientErrorsTest {

	@Test
	void serverErrorsTimeoutsAndThrottling_areRetried() {
		for (int status : new int[] { 500, 502, 503, 504, 408, 429 }) {
			assertThat(ClientErrors.classify(status, "")).as("HTTP %d", status)
				.isInstanceOf(NationalUnavailableException.class);
		}
	}

	@Test
	void refusedCredentials_areAnOperationsIncidentNotAClerksTask() {
		assertThat(ClientErrors.classify(401, "")).isInstanceOf(NationalUnavailableException.class);
		assertThat(ClientErrors.classify(403, "")).isInstanceOf(NationalUnavailableException.class);
	}

	@Test
	void unprocessableVersion_isABusinessRejectionWithBothLanguages() {
		RuntimeException error = ClientErrors.classify(422, "{\"code\":\"national.hash-mismatch\","
				+ "\"reasonVi\":\"Mã băm không khớp\",\"reasonEn\":\"Hash mismatch\"}");
		assertThat(error).isInstanceOf(NationalRejectedException.class);
		assertThat(((NationalRejectedException) error).reason())
			.isEqualTo("national.hash-mismatch: Mã băm không khớp / Hash mismatch");
		assertThat(((NationalRejectedException) error).status()).isEqualTo(422);
	}

	@Test
	void conflictAndBadRequest_areRejections_problemDetailOrRawBodyKeptAsReason() {
		assertThat(((NationalRejectedException) ClientErrors.classify(409, "{\"detail\":\"key reused\"}")).reason())
			.isEqualTo("key reused");
		assertThat(((NationalRejectedException) ClientErrors.classify(400, "bad")).reason()).isEqualTo("bad");
		assertThat(((NationalRejectedException) ClientErrors.classify(400, "")).reason()).isEqualTo("HTTP 400");
	}

}

package vn.gov.cbccvc.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class BatchManifestTest {

	private static final String A = "a".repeat(64);

	private static final String B = "b".repeat(64);

	@Test
	void manifestIsSortedCompactJson_whateverTheOrderEntriesCameIn() {
		BatchEntry second = new BatchEntry("PROFILE_VERSION", "9", B);
		BatchEntry first = new BatchEntry("PROFILE_VERSION", "10", A);

		byte[] one = BatchManifest.canonicalJson("2025-06", SignaturePurpose.SYNC_BATCH,
				BatchManifest.canonicalOrder(List.of(second, first)));
		byte[] other = BatchManifest.canonicalJson("2025-06", SignaturePurpose.SYNC_BATCH,
				BatchManifest.canonicalOrder(List.of(first, second)));

		assertThat(one).isEqualTo(other);
		assertThat(new String(one, StandardCharsets.UTF_8)).isEqualTo("{\"batchId\":\"2025-06\",\"entries\":["
				+ "{\"sha256\":\"" + A + "\",\"subjectId\":\"10\",\"subjectType\":\"PROFILE_VERSION\"},"
				+ "{\"sha256\":\"" + B + "\",\"subjectId\":\"9\",\"subjectType\":\"PROFILE_VERSION\"}],"
				+ "\"format\":\"cbccvc-batch-manifest/1\",\"purpose\":\"SYNC_BATCH\"}");
	}

	@Test
	void purposeAndBatchId_arePartOfTheSignedBytes() {
		List<BatchEntry> entries = List.of(new BatchEntry("PROFILE_VERSION", "1", A));
		byte[] approval = BatchManifest.canonicalJson("2025-06", SignaturePurpose.APPROVAL, entries);
		assertThat(BatchManifest.canonicalJson("2025-06", SignaturePurpose.SYNC_BATCH, entries)).isNotEqualTo(approval);
		assertThat(BatchManifest.canonicalJson("2025-07", SignaturePurpose.APPROVAL, entries)).isNotEqualTo(approval);
	}

	@Test
	void vietnameseIds_areWrittenAsUtf8() {
		byte[] json = BatchManifest.canonicalJson("Lô tháng 6", SignaturePurpose.APPROVAL,
				List.of(new BatchEntry("PROFILE_VERSION", "đơn-vị-1", A)));
		assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"batchId\":\"Lô tháng 6\"")
			.contains("\"subjectId\":\"đơn-vị-1\"");
	}

}

package vn.gov.cbccvc.transferin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.gov.cbccvc.profile.CanonicalJson;
import vn.gov.cbccvc.profile.SampleCv;
import vn.gov.cbccvc.profile.cv.CvDocument;
import vn.gov.cbccvc.profile.cv.Header;
import vn.gov.cbccvc.profile.cv.Sex;
import vn.gov.cbccvc.signature.ContentHash;
import vn.gov.cbccvc.sync.NationalRecord;

/** The checks on a pulled record before anything is written (TT06 Art. 11.1b, 4.5). */
class NationalRecordPullTest {

	static final String ID = "001085777321";

	static NationalRecord record(byte[] content, String sha256) {
		return new NationalRecord("NAT-1", 2, "ONBOARDING", content, sha256, "000.00.00.H01", "H01", new byte[] { 1 },
				"CN=Giám đốc", null);
	}

	static byte[] canonical(CvDocument cv) {
		return CanonicalJson.write(cv).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void contentMatchingItsHash_isTakenAsIs() {
		CvDocument cv = SampleCv.full(SampleCv.identity(ID, Sex.MALE, SampleCv.BIRTH));
		byte[] bytes = canonical(cv);

		CvDocument taken = NationalRecordPull.verified(record(bytes, ContentHash.sha256Hex(bytes)), ID);

		assertThat(CanonicalJson.write(taken)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
	}

	@Test
	void contentAlteredOnTheWay_hashMismatch_isRefusedForDoha() {
		byte[] bytes = canonical(SampleCv.full(SampleCv.identity(ID, Sex.MALE, SampleCv.BIRTH)));
		String hash = ContentHash.sha256Hex(bytes);
		bytes[bytes.length - 2] ^= 1;

		assertThatThrownBy(() -> NationalRecordPull.verified(record(bytes, hash), ID))
			.isInstanceOf(NationalRecordPull.PullProblem.class)
			.hasMessageContaining("SHA-256");
	}

	@Test
	void anotherPersonsRecord_isRefused() {
		byte[] bytes = canonical(SampleCv.full(SampleCv.identity(ID, Sex.MALE, SampleCv.BIRTH)));
		assertThatThrownBy(() -> NationalRecordPull.verified(record(bytes, ContentHash.sha256Hex(bytes)),
				"001085777322")).isInstanceOf(NationalRecordPull.PullProblem.class)
			.hasMessageContaining("not this person");
	}

	@Test
	void notJson_isRefusedAsNotACv() {
		byte[] bytes = "<xml/>".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> NationalRecordPull.verified(record(bytes, ContentHash.sha256Hex(bytes)), ID))
			.isInstanceOf(NationalRecordPull.PullProblem.class)
			.hasMessageContaining("not a CV");
	}

	@Test
	void sendingProvincesPhotoReference_isDropped_theRestKept() {
		CvDocument cv = SampleCv.full(SampleCv.identity(ID, Sex.MALE, SampleCv.BIRTH));
		CvDocument withPhoto = new CvDocument(cv.schemaVersion(), new Header("Sở Y tế", "Bệnh viện", "H01-7", 99L),
				cv.identity(), cv.recruitment(), cv.partyAndUnions(), cv.military(), cv.policy(), cv.education(),
				cv.positions(), cv.salary(), cv.health(), cv.training(), cv.workHistory(), cv.personalHistory(),
				cv.rewardsAndDiscipline(), cv.family(), cv.economy(), cv.assessment(), cv.labourContract());
		byte[] bytes = canonical(withPhoto);

		CvDocument taken = NationalRecordPull.verified(record(bytes, ContentHash.sha256Hex(bytes)), ID);

		assertThat(taken.header().photoAttachmentId()).isNull();
		assertThat(taken.header().fileNumber()).isEqualTo("H01-7");
		assertThat(taken.identity()).isEqualTo(withPhoto.identity());
	}

}

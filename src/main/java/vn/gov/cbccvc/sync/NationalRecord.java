package vn.gov.cbccvc.sync;

import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * A person's latest signed version as the national database serves it.
 *
 * @param nationalVersionId the national database's id of the stored version (its receipt id)
 * @param versionNo the version number at the sending province
 * @param kind why the version was made at the sending province (ONBOARDING, CHANGE …)
 * @param canonicalContent the canonical JSON bytes of the CV, exactly as signed
 * @param sha256 the SHA-256 (hex) the national database states for {@code canonicalContent}
 * @param sendingAgencyCode the electronic identifier of the agency that sent it (Decision 20/2020/QĐ-TTg)
 * @param provinceCode the sending province
 * @param signatureCms the detached CAdES signature (over the content, or over the batch manifest)
 * @param signerSubject who signed, as the national database recorded it
 * @param receivedAt when the national database received it
 */
public record NationalRecord(String nationalVersionId, int versionNo, String kind, byte[] canonicalContent,
		String sha256, String sendingAgencyCode, String provinceCode, byte[] signatureCms, String signerSubject,
		OffsetDateTime receivedAt) {

	@Override
	public boolean equals(Object other) {
		return other instanceof NationalRecord r && this.nationalVersionId != null
				&& this.nationalVersionId.equals(r.nationalVersionId) && Arrays.equals(this.canonicalContent, r.canonicalContent);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.canonicalContent);
	}

	@Override
	public String toString() {
		return "NationalRecord[" + this.nationalVersionId + ", v" + this.versionNo + ", " + this.sendingAgencyCode + "]";
	}

}

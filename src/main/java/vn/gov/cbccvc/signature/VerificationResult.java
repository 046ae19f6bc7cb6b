package vn.gov.cbccvc.signature;

import java.time.Instant;

/**
 * The outcome of checking a stored signature against the current bytes of what it signed.
 *
 * @param valid the CMS signature matches the bytes and the certificate chains to a trusted CA
 * @param failure why not, when invalid
 * @param signer the signer's name as the certificate states it (CN)
 * @param signerUsername the account that signed
 * @param certificateSerial the serial number of the signer's certificate (hex)
 * @param signedAt the signing time
 * @param hash SHA-256 (hex) of the bytes that were signed
 */
public record VerificationResult(boolean valid, VerificationFailure failure, String signer, String signerUsername,
		String certificateSerial, Instant signedAt, String hash) {

	static VerificationResult valid(String signer, String signerUsername, String certificateSerial, Instant signedAt,
			String hash) {
		return new VerificationResult(true, null, signer, signerUsername, certificateSerial, signedAt, hash);
	}

	static VerificationResult invalid(VerificationFailure failure, String signerUsername, String hash) {
		return new VerificationResult(false, failure, null, signerUsername, null, null, hash);
	}

	/** The reason in English, or null when valid. */
	public String reason() {
		return this.failure == null ? null : this.failure.messageEn();
	}

	/** The reason in Vietnamese, or null when valid. */
	public String reasonVi() {
		return this.failure == null ? null : this.failure.messageVi();
	}

}

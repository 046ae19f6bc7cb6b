package vn.gov.cbccvc.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * What a {@link Signer} returns.
 *
 * @param cms DER-encoded detached CMS SignedData (CAdES-BES): the signed content is not inside
 * @param signerCertificate the certificate of the signing key
 * @param signingTime the signing-time signed attribute
 * @param algorithm e.g. {@code SHA256withRSA}
 */
public record SignatureResult(byte[] cms, X509Certificate signerCertificate, Instant signingTime, String algorithm) {
}

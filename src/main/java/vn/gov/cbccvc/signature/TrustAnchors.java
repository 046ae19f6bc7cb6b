package vn.gov.cbccvc.signature;

import java.security.cert.X509Certificate;
import java.util.Set;

/**
 * Root certificates a signer's certificate must chain up to. Every bean of this type adds its roots: the demo
 * CA, PEM files named in {@code app.signature.trusted-certificates} (e.g. the VGCA root), or a feature that keeps
 * the national database's roots (TT06 Art. 9, 12.3).
 */
public interface TrustAnchors {

	Set<X509Certificate> trustedCertificates();

}

package vn.gov.cbccvc.signature;

/**
 * Produces a detached CMS/CAdES signature over some bytes in the name of a user. Implementations: our
 * {@code Pkcs12Signer} (keys in the database, demo CA), and later a USB-token signer (VGCA public-service
 * certificates through the local signing service the browser calls) or a remote signing service
 * (REGULATIONS.md "Signatures and data protection in practice"). Select one with {@code app.signature.signer}.
 */
public interface Signer {

	/**
	 * @param signerUsername the account that signs (the head, the reviewer, the employee, the DoHA director)
	 * @param data the exact bytes that are signed (e.g. the canonical JSON of an approved profile version)
	 * @param purpose why the signer signs; implementations may record it as a commitment type
	 * @return a detached CMS SignedData and the facts about it
	 */
	SignatureResult sign(String signerUsername, byte[] data, SignaturePurpose purpose);

}

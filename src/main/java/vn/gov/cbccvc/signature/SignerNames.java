package vn.gov.cbccvc.signature;

/** The name to put into a new certificate's CN for an account. */
interface SignerNames {

	String displayName(String username);

}

package vn.gov.cbccvc.account;

/** Access state of an account (TT06 Art. 3.7: grant, restrict, revoke access). */
public enum AccountStatus {

	ACTIVE,

	/** Restricted for now (e.g. a stolen password, DN Art. 12.3); roles are kept and come back on unlock. */
	LOCKED,

	/** Access revoked (the person left, TT06 Art. 11.1a); the account stays for the audit trail. */
	REVOKED

}

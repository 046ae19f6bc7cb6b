package vn.gov.cbccvc.account;

/** What happened to an account, as written to the append-only {@code account_event} table. */
public enum AccountEventType {

	CREATED, ROLE_GRANTED, ROLE_REMOVED, LOCKED, UNLOCKED, REVOKED, REINSTATED, PASSWORD_REISSUED, PASSWORD_CHANGED,
	/** The account's home unit changed with the person (a transfer). */
	MOVED

}

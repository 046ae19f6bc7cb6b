package vn.gov.cbccvc.profile;

/** Why an approved version was made. */
public enum VersionKind {

	/** First complete entry after recruitment (TT06 Art. 6.2). */
	ONBOARDING,
	/** A change of data with evidence (TT06 Art. 6.3, HY Art. 10.5). */
	CHANGE,
	/** Retirement, resignation, death … (TT06 Art. 11.2). */
	STATUS_CHANGE,
	/** Transfer in or out (TT06 Art. 11.1). */
	TRANSFER

}

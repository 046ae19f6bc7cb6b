package vn.gov.cbccvc.account;

/** The account kinds of HY Art. 3.10-3.13. */
public enum AccountKind {

	/** Tài khoản quản trị hệ thống: the DoHA, which manages every other account (HY Art. 3.10). */
	SYSTEM_ADMIN,

	/** Tài khoản cơ quan: given to the head of an agency (HY Art. 3.11, TT06 Art. 3.5). */
	AGENCY,

	/** Tài khoản chuyên viên: a specialist working in the database for their field (HY Art. 3.12). */
	SPECIALIST,

	/** Tài khoản cá nhân: one per person, the username is the personal ID number (HY Art. 3.13, TT06 Art. 3.6). */
	PERSONAL

}

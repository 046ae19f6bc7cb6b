package vn.gov.cbccvc.ruleset;

/** A window of the last N days of a month, or fixed days of the month (e.g. 20th-22nd, HY Art. 8.2). */
public enum WindowType {

	LAST_DAYS_OF_MONTH, DAYS_OF_MONTH

}

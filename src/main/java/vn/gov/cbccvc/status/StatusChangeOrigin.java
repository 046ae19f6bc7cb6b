package vn.gov.cbccvc.status;

/** Who started a status change: the clerk from a document, or the retirement forecast ahead of time. */
public enum StatusChangeOrigin {

	DOCUMENT, RETIREMENT_FORECAST

}

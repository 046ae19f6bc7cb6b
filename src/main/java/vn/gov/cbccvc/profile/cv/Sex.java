package vn.gov.cbccvc.profile.cv;

/** Sex as recorded on the CV and encoded in the personal ID number's century digit. */
public enum Sex {

	MALE, FEMALE

}

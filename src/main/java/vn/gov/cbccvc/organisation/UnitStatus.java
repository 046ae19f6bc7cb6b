package vn.gov.cbccvc.organisation;

public enum UnitStatus {

	ACTIVE, CLOSED

}

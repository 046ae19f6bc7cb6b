package vn.gov.cbccvc.approval;

import vn.gov.cbccvc.organisation.UnitKind;

/** The rule-set unit level (TT06.yaml {@code unitLevels}) whose monthly window applies to a unit of each kind. */
final class UnitLevels {

	private UnitLevels() {
	}

	static String of(UnitKind kind) {
		return switch (kind) {
			case PROVINCE -> "PROVINCE";
			// the DoHA is one of the province's departments (Sở Nội vụ)
			case DOHA, DEPARTMENT -> "DEPARTMENT";
			case DISTRICT -> "DISTRICT";
			case COMMUNE -> "COMMUNE";
			case PUBLIC_SERVICE_UNIT, SECTION -> "UNIT";
		};
	}

}

package vn.gov.cbccvc.organisation;

import java.util.Set;

/**
 * What a unit is. Since 01/07/2025 local government has two tiers (province and commune); {@link #DISTRICT}
 * remains for deployments and histories that still have districts (REGULATIONS.md "the 2025 reorganisation").
 */
public enum UnitKind {

	/** UBND of a province or centrally-run city: the root of a deployment's tree. */
	PROVINCE("Tỉnh, thành phố"),
	/** Sở Nội vụ, the database management agency. */
	DOHA("Sở Nội vụ"),
	/** Sở, ban, ngành. */
	DEPARTMENT("Sở, ban, ngành"),
	DISTRICT("Huyện, quận, thị xã"),
	/** Xã, phường, đặc khu. */
	COMMUNE("Xã, phường, đặc khu"),
	/** Đơn vị sự nghiệp công lập. */
	PUBLIC_SERVICE_UNIT("Đơn vị sự nghiệp"),
	/** Phòng, bộ phận inside a unit (moves inside one unit, HCM Art. 8.1). */
	SECTION("Phòng, bộ phận");

	private final String nameVi;

	UnitKind(String nameVi) {
		this.nameVi = nameVi;
	}

	public String nameVi() {
		return this.nameVi;
	}

	/** Kinds a unit of this kind may hang under; empty for the root. */
	Set<UnitKind> allowedParents() {
		return switch (this) {
			case PROVINCE -> Set.of();
			case DOHA, DEPARTMENT, DISTRICT -> Set.of(PROVINCE);
			case COMMUNE -> Set.of(PROVINCE, DISTRICT);
			case PUBLIC_SERVICE_UNIT -> Set.of(PROVINCE, DOHA, DEPARTMENT, DISTRICT, COMMUNE, PUBLIC_SERVICE_UNIT);
			case SECTION -> Set.of(PROVINCE, DOHA, DEPARTMENT, DISTRICT, COMMUNE, PUBLIC_SERVICE_UNIT, SECTION);
		};
	}

}

package vn.gov.cbccvc.codelist;

import java.math.BigDecimal;

/** An entry of a code list as the API shows it. */
public record CodeEntry(String list, String code, String name, String salaryGroup, Integer step,
		BigDecimal coefficient, boolean active, int sortOrder, long version) {
}

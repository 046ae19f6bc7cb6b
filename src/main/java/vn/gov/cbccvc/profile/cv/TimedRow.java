package vn.gov.cbccvc.profile.cv;

import java.time.YearMonth;

/** A table row of the CV that covers a period from month-year to month-year ({@code to} empty = until now). */
public interface TimedRow {

	YearMonth from();

	YearMonth to();

}

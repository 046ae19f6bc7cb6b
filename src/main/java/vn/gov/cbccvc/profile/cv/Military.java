package vn.gov.cbccvc.profile.cv;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** Item 17: enlistment, discharge, highest rank. */
public record Military(LocalDate enlistmentDate, LocalDate dischargeDate, @Size(max = 100) String highestRank) {
}

package vn.gov.cbccvc.codelist;

/** A code list and how many entries it has. */
public record CodeListSummary(String list, long entries, long active) {
}

package vn.gov.cbccvc.approval;

/**
 * @param signatureId the one signature over the manifest of all approved versions; null when nothing was approved
 * @param remaining records of the batch left undecided: they wait for the next window
 */
public record DecisionResult(Long signatureId, int approved, int returned, long remaining) {
}

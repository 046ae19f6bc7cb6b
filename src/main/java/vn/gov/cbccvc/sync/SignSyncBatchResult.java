package vn.gov.cbccvc.sync;

/** @param signatureId the batch signature (null when every version was sent back) */
public record SignSyncBatchResult(long batchId, Long signatureId, int signedCount, int returnedCount) {
}

package vn.gov.cbccvc.sync;

import java.util.List;

/**
 * A sync batch with one page of its manifest (version, whose record, sha256, decision).
 *
 * @param totalEntries versions in the batch; page through them with {@code page} and {@code size}
 */
public record SyncBatchDetail(SyncBatch batch, List<SyncBatchLine> manifest, int page, int size, long totalEntries) {
}

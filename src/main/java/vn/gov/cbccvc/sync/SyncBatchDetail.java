package vn.gov.cbccvc.sync;

import java.util.List;

/**
 * A sync batch with one page of its manifest (version id, person, sha256, decision).
 *
 * @param totalEntries versions in the batch; page through them with {@code page} and {@code size}
 */
public record SyncBatchDetail(SyncBatch batch, List<SyncBatchEntry> manifest, int page, int size, long totalEntries) {
}

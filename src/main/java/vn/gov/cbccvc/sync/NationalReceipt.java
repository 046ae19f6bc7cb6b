package vn.gov.cbccvc.sync;

import java.time.OffsetDateTime;

/** The national database's acknowledgement of a stored version. */
public record NationalReceipt(String receiptId, OffsetDateTime receivedAt) {
}

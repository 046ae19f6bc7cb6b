package vn.gov.cbccvc.national;

import java.time.OffsetDateTime;

/** The national node's acknowledgement: the same receipt for every re-send of the same key and hash. */
record Receipt(String receiptId, OffsetDateTime receivedAt) {
}

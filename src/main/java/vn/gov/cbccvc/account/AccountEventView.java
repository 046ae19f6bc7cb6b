package vn.gov.cbccvc.account;

import java.time.Instant;

/** One entry of an account's audit trail. */
public record AccountEventView(AccountEventType type, String role, Long unitId, String actor, String reason,
		Instant occurredAt) {
}

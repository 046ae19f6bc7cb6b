package vn.gov.cbccvc.account;

/**
 * An account and, when one was just issued, its temporary password. The password is shown once, to be handed to
 * the person; only its hash is kept (in the engine's identity store). {@code temporaryPassword} is null when
 * nothing new was issued (e.g. an idempotent repeat).
 */
public record AccountWithPassword(AccountView account, String temporaryPassword) {
}

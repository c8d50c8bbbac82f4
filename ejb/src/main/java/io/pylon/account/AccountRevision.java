package io.pylon.account;

import java.time.Instant;

/** One audited change of an account: who made it, when, of what kind, and the state after it. */
public record AccountRevision(long revision, Instant madeAt, String username, String change, Account state) {
}

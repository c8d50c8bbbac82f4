package io.pylon.audit;

import java.time.Instant;

/** One audited change of an entity: who made it, when, of what kind (ADD, MOD, DEL), and the state after it. */
public record Change<T>(long revision, Instant madeAt, String username, String kind, T state) {
}

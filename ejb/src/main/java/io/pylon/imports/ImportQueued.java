package io.pylon.imports;

import io.pylon.security.Caller;

/** An import was stored and waits for processing, which runs as the user who started it. */
record ImportQueued(long importId, Caller caller) {
}

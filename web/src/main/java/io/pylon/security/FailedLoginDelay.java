package io.pylon.security;

/**
 * Slows password guessing: every failed login answers only after a pause. Kept stateless so
 * that every server instance applies it alike.
 */
final class FailedLoginDelay {

    static final long MILLIS = 1000;

    private FailedLoginDelay() {
    }

    static void pause() {
        try {
            Thread.sleep(MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

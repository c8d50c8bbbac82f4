package io.pylon.shared;

import java.util.Locale;

/**
 * Why a field was refused, as a stable code a client can act on or translate
 * ({@code "too_long"}); the accompanying message is English prose for people reading the API.
 */
public enum Reason {
    REQUIRED,
    BLANK,
    TOO_LONG,
    INVALID_COUNTRY,
    NOT_ALLOWED,
    OUT_OF_RANGE,
    INVALID_DATE,
    IN_THE_FUTURE,
    WRONG_TYPE,
    UNKNOWN_REFERENCE,
    OWN_ANCESTOR,
    DUPLICATE,
    STALE_VERSION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

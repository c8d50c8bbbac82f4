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
    /** A code that names a region or group of countries where a country is required. */
    NOT_A_COUNTRY,
    /** A date that does not exist on the calendar or is not written as ISO 8601. */
    INVALID_DATE,
    /** A file that is not well-formed in its format. */
    UNREADABLE,
    /** A file that is neither of the formats accepted. */
    UNSUPPORTED_FORMAT,
    /** Text that is not in the expected character encoding (UTF-8). */
    WRONG_ENCODING,
    NOT_ALLOWED,
    /** A code that is not an ISO 4217 currency. */
    UNKNOWN_CURRENCY,
    /** An amount in a currency that has no exchange rate into the reporting currency on the day asked for. */
    NO_EXCHANGE_RATE,
    OUT_OF_RANGE,
    IN_THE_FUTURE,
    WRONG_TYPE,
    UNKNOWN_REFERENCE,
    OWN_ANCESTOR,
    /** The account itself where another one is required, as in merging an account into itself. */
    SAME_ACCOUNT,
    DUPLICATE,
    /** A must-meet criterion, neither met nor waived, stands in the way of a GO. */
    UNMET,
    STALE_VERSION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

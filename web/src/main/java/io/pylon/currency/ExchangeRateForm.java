package io.pylon.currency;

/** The rate of a day as a client enters it: a positive decimal string, such as {@code "1.0825"}. */
public record ExchangeRateForm(String rate) {
}

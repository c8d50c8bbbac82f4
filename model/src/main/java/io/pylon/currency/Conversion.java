package io.pylon.currency;

import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount converted into the reporting currency, with the rate used and the day it took effect; an amount
 * already in the reporting currency converts at 1 with no rate date.
 */
public record Conversion(Money from, Money to, BigDecimal rate, LocalDate rateValidFrom) {
}

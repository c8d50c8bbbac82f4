package io.pylon.portfolio;

import io.pylon.currency.ExchangeRate;
import io.pylon.shared.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The portfolio valued on a day: every account in Pareto order with its place, the rates the conversions used,
 * and the amounts that could not be converted for want of a rate (left out of the values, never dropped silently).
 */
public record ParetoReport(LocalDate on, Currency reportingCurrency, TierCutPoints cutPoints, List<Entry> entries,
                           List<ExchangeRate> ratesUsed, List<Unconverted> unconverted) {

    /** One account and its place in the ranking. */
    public record Entry(RankedAccount account, Pareto.Placement placement) {
    }

    /** What one account has in one currency that has no rate in force on the day. */
    public record Unconverted(RankedAccount account, Money contracted, Money pipeline) {
    }
}

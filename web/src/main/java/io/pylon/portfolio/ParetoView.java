package io.pylon.portfolio;

import io.pylon.account.Account;
import io.pylon.account.Tier;
import io.pylon.api.MoneyView;
import io.pylon.currency.ExchangeRateView;
import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The Pareto analysis as the API shows it. {@code share} and {@code cumulativeShare} are fractions of the total
 * (0 to 1); {@code computedTier} is where this analysis places the account, {@code tier} the tier in force, which
 * differs while an override is in force or until the next recomputation. {@code ratesUsed} are the rates the
 * conversions used; {@code unconverted} the amounts left out for want of a rate on the day.
 */
public record ParetoView(LocalDate on, String reportingCurrency, TierCutPoints cutPoints, MoneyView total,
                         List<Item> items, List<ExchangeRateView> ratesUsed, List<UnconvertedView> unconverted) {

    public record Item(long accountId, String name, String country, MoneyView value, MoneyView contracted,
                       MoneyView pipeline, BigDecimal share, BigDecimal cumulativeShare, Tier tier,
                       Tier computedTier, boolean overridden) {
    }

    public record UnconvertedView(long accountId, String name, MoneyView contracted, MoneyView pipeline) {
    }

    static ParetoView of(ParetoReport report) {
        Currency currency = report.reportingCurrency();
        List<Item> items = report.entries().stream().map(entry -> {
            Account account = entry.account();
            Pareto.Placement placement = entry.placement();
            AccountValue value = placement.account();
            return new Item(account.id(), account.name(), account.country().value(), money(value.value(), currency),
                    money(value.contracted(), currency), money(value.pipeline(), currency), placement.share(),
                    placement.cumulativeShare(), account.tier(), placement.tier(), account.isTierOverridden());
        }).toList();
        BigDecimal total = report.entries().stream().map(entry -> entry.placement().account().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ParetoView(report.on(), currency.getCurrencyCode(), report.cutPoints(), money(total, currency), items,
                report.ratesUsed().stream().map(ExchangeRateView::of).toList(),
                report.unconverted().stream().map(left -> new UnconvertedView(left.account().id(),
                        left.account().name(), MoneyView.of(left.contracted()), MoneyView.of(left.pipeline()))).toList());
    }

    private static MoneyView money(BigDecimal amount, Currency currency) {
        return MoneyView.of(Money.of(amount, currency));
    }
}

package io.pylon.portfolio;

import io.pylon.account.Tier;
import io.pylon.api.MoneyView;
import io.pylon.currency.ExchangeRateView;
import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Pareto analysis as the API shows it. {@code share} and {@code cumulativeShare} are fractions of the total
 * (0 to 1); {@code computedTier} is where this analysis places the account, {@code tier} the tier in force, which
 * differs while an override is in force or until the next recomputation. {@code items} may be only the top of the
 * ranking; {@code total}, {@code accountCount} and {@code tiers} always cover every account. {@code ratesUsed} are
 * the rates the conversions used; {@code unconverted} the amounts left out for want of a rate on the day.
 */
public record ParetoView(LocalDate on, String reportingCurrency, TierCutPoints cutPoints, MoneyView total,
                         int accountCount, List<TierTotal> tiers, List<Item> items, List<ExchangeRateView> ratesUsed,
                         List<UnconvertedView> unconverted) {

    /** The most accounts one answer lists; the whole ranking of a larger portfolio is for an export. */
    public static final int MAX_TOP = 10_000;

    public record Item(long accountId, String name, String country, MoneyView value, MoneyView contracted,
                       MoneyView pipeline, BigDecimal share, BigDecimal cumulativeShare, Tier tier,
                       Tier computedTier, boolean overridden) {
    }

    /** How many accounts this analysis places in a tier, and what they are worth together. */
    public record TierTotal(Tier tier, int accounts, MoneyView value) {
    }

    public record UnconvertedView(long accountId, String name, MoneyView contracted, MoneyView pipeline) {
    }

    static ParetoView of(ParetoReport report, int top) {
        Currency currency = report.reportingCurrency();
        List<Item> items = report.entries().stream().limit(top).map(entry -> {
            RankedAccount account = entry.account();
            Pareto.Placement placement = entry.placement();
            AccountValue value = placement.account();
            return new Item(account.id(), account.name(), account.country().value(), money(value.value(), currency),
                    money(value.contracted(), currency), money(value.pipeline(), currency), placement.share(),
                    placement.cumulativeShare(), account.tier(), placement.tier(), account.overridden());
        }).toList();
        BigDecimal total = BigDecimal.ZERO;
        Map<Tier, Integer> accounts = new EnumMap<>(Tier.class);
        Map<Tier, BigDecimal> values = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            accounts.put(tier, 0);
            values.put(tier, BigDecimal.ZERO);
        }
        for (ParetoReport.Entry entry : report.entries()) {
            BigDecimal value = entry.placement().account().value();
            total = total.add(value);
            accounts.merge(entry.placement().tier(), 1, Integer::sum);
            values.merge(entry.placement().tier(), value, BigDecimal::add);
        }
        List<TierTotal> tiers = accounts.keySet().stream()
                .map(tier -> new TierTotal(tier, accounts.get(tier), money(values.get(tier), currency))).toList();
        return new ParetoView(report.on(), currency.getCurrencyCode(), report.cutPoints(), money(total, currency),
                report.entries().size(), tiers, items, report.ratesUsed().stream().map(ExchangeRateView::of).toList(),
                report.unconverted().stream().map(left -> new UnconvertedView(left.account().id(),
                        left.account().name(), MoneyView.of(left.contracted()), MoneyView.of(left.pipeline()))).toList());
    }

    private static MoneyView money(BigDecimal amount, Currency currency) {
        return MoneyView.of(Money.of(amount, currency));
    }
}

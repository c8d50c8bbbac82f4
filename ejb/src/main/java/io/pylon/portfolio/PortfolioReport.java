package io.pylon.portfolio;

import io.pylon.account.Tier;
import io.pylon.country.RiskCategory;
import io.pylon.currency.ExchangeRate;
import io.pylon.project.Phase;
import io.pylon.shared.CountryCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The portfolio on a day in one currency: the figures of every account the caller sees and the filter admits,
 * highest value first, the rates the conversions used, and what follows from them: totals, projects per phase, tiers,
 * concentration by account and by country, and exposure by OECD country risk category.
 */
public record PortfolioReport(LocalDate asOf, Currency currency, List<AccountFigures> accounts,
                              List<ExchangeRate> ratesUsed) {

    /** Highest value first, equal values by account id so that the order is stable. */
    public static final Comparator<AccountFigures> BY_VALUE = Comparator.comparing(AccountFigures::value).reversed()
            .thenComparingLong(figures -> figures.facts().id());

    /** The portfolio's sums; {@code marginShare} empty with nothing earned, {@code health} empty with no account. */
    public record Totals(BigDecimal contracted, BigDecimal pipeline, BigDecimal value, BigDecimal backlog,
                         BigDecimal earned, BigDecimal margin, Optional<BigDecimal> marginShare, BigDecimal receivable,
                         BigDecimal overdueReceivable, BigDecimal exposure, int gatesOverdue,
                         Optional<BigDecimal> health) {
    }

    /** The accounts of a tier and their value. */
    public record TierShare(Tier tier, int accounts, BigDecimal value) {
    }

    /** The value of a country's accounts and its share of the portfolio's. */
    public record CountryValue(CountryCode country, int accounts, BigDecimal value, BigDecimal share) {
    }

    /** The exposure in one risk category (empty: countries not rated) and its share of the whole. */
    public record Exposure(Optional<RiskCategory> category, int accounts, BigDecimal exposure, BigDecimal share) {
    }

    public Totals totals() {
        BigDecimal earned = sum(AccountFigures::earned);
        BigDecimal margin = sum(AccountFigures::margin);
        Optional<BigDecimal> health = accounts.isEmpty() ? Optional.empty() : Optional.of(accounts.stream()
                .map(figures -> figures.health().score())
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(accounts.size()), 2, RoundingMode.HALF_EVEN));
        return new Totals(sum(AccountFigures::contracted), sum(AccountFigures::pipeline), sum(AccountFigures::value),
                sum(AccountFigures::backlog), earned, margin,
                earned.signum() == 0 ? Optional.empty() : Optional.of(margin.divide(earned, MathContext.DECIMAL64)),
                sum(AccountFigures::receivable), sum(AccountFigures::overdueReceivable), sum(AccountFigures::exposure),
                accounts.stream().mapToInt(figures -> figures.facts().gatesOverdue()).sum(), health);
    }

    /** Live projects per phase, every phase named (zero where none). */
    public Map<Phase, Integer> projectsByPhase() {
        Map<Phase, Integer> byPhase = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            byPhase.put(phase, 0);
        }
        accounts.forEach(figures -> figures.facts().projectsByPhase().forEach((phase, count) -> byPhase.merge(phase,
                count, Integer::sum)));
        return byPhase;
    }

    public List<TierShare> tiers() {
        return Arrays.stream(Tier.values()).map(tier -> {
            List<AccountFigures> ofTier = accounts.stream().filter(figures -> figures.facts().tier() == tier).toList();
            return new TierShare(tier, ofTier.size(), ofTier.stream().map(AccountFigures::value)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }).toList();
    }

    /** The accounts in Pareto order with their shares (the report's own order). */
    public List<Pareto.Placement> pareto(TierCutPoints cutPoints) {
        return Pareto.rank(accounts.stream().map(figures -> new AccountValue(figures.facts().id(), figures.contracted(),
                figures.pipeline())).toList(), cutPoints);
    }

    public Concentration concentrationByAccount() {
        return Concentration.of(accounts.stream().map(AccountFigures::value).toList());
    }

    public Concentration concentrationByCountry() {
        return Concentration.of(byCountry().stream().map(CountryValue::value).toList());
    }

    /** Countries by the value of their accounts, highest first (equal values by code). */
    public List<CountryValue> byCountry() {
        BigDecimal total = sum(AccountFigures::value);
        Map<CountryCode, List<AccountFigures>> grouped = accounts.stream()
                .collect(Collectors.groupingBy(figures -> figures.facts().country(),
                        () -> new TreeMap<>(Comparator.comparing(CountryCode::value)), Collectors.toList()));
        return grouped.entrySet().stream()
                .map(country -> {
                    BigDecimal value = country.getValue().stream().map(AccountFigures::value)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new CountryValue(country.getKey(), country.getValue().size(), value, share(value, total));
                })
                .sorted(Comparator.comparing(CountryValue::value).reversed()
                        .thenComparing(country -> country.country().value()))
                .toList();
    }

    /** Exposure per OECD country risk category, 0 to 7, then the unrated countries'; every category named. */
    public List<Exposure> exposureByRiskCategory() {
        BigDecimal total = sum(AccountFigures::exposure);
        List<Optional<RiskCategory>> categories = new ArrayList<>();
        for (int value = RiskCategory.LOWEST; value <= RiskCategory.HIGHEST; value++) {
            categories.add(Optional.of(new RiskCategory(value)));
        }
        categories.add(Optional.empty());
        return categories.stream().map(category -> {
            List<AccountFigures> in = accounts.stream()
                    .filter(figures -> figures.facts().riskCategory().equals(category)).toList();
            BigDecimal exposure = in.stream().map(AccountFigures::exposure).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Exposure(category, in.size(), exposure, share(exposure, total));
        }).toList();
    }

    private BigDecimal sum(Function<AccountFigures, BigDecimal> figure) {
        return accounts.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO.setScale(Pareto.SHARE_SCALE)
                : part.divide(total, Pareto.SHARE_SCALE, RoundingMode.HALF_EVEN);
    }
}

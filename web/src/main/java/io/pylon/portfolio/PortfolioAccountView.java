package io.pylon.portfolio;

import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.account.Tier;
import io.pylon.api.MoneyView;
import io.pylon.country.Region;
import io.pylon.country.RiskCategory;
import io.pylon.project.Phase;
import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One account's row of the portfolio table, its money in the report's currency (see {@link AccountFigures} for what
 * each figure is). {@code marginShare} and {@code satisfaction}'s figures are absent where there is nothing to measure;
 * {@code unconverted} names the currencies of amounts left out for want of a rate.
 */
public record PortfolioAccountView(long id, String name, String country, Region region, Integer riskCategory,
                                   Set<Sector> sectors, Classification classification, Tier tier,
                                   List<String> accountManagers, MoneyView contracted, MoneyView pipeline,
                                   MoneyView value, MoneyView backlog, MoneyView earned, MoneyView margin,
                                   BigDecimal marginShare, MoneyView receivable, MoneyView overdueReceivable,
                                   MoneyView exposure, BigDecimal health, Satisfaction satisfaction, int projects,
                                   Map<Phase, Integer> projectsByPhase, int gatesOverdue, List<String> unconverted) {

    /** The latest survey's average (1-5) and its change since the one before. */
    public record Satisfaction(BigDecimal latestAverage, BigDecimal change) {
    }

    static PortfolioAccountView of(AccountFigures figures, Currency currency) {
        AccountFacts facts = figures.facts();
        return new PortfolioAccountView(facts.id(), facts.name(), facts.country().value(), facts.region().orElse(null),
                facts.riskCategory().map(RiskCategory::value).orElse(null), facts.sectors(),
                facts.classification().orElse(null), facts.tier(), facts.accountLeads(),
                money(figures.contracted(), currency), money(figures.pipeline(), currency),
                money(figures.value(), currency), money(figures.backlog(), currency), money(figures.earned(), currency),
                money(figures.margin(), currency), figures.marginShare().map(PortfolioAccountView::share).orElse(null),
                money(figures.receivable(), currency), money(figures.overdueReceivable(), currency),
                money(figures.exposure(), currency), figures.health().score().setScale(1, RoundingMode.HALF_EVEN),
                new Satisfaction(figures.satisfaction().latestAverage(), figures.satisfaction().change()),
                facts.projectsByPhase().values().stream().mapToInt(Integer::intValue).sum(), facts.projectsByPhase(),
                facts.gatesOverdue(), figures.unconverted().stream().map(Currency::getCurrencyCode).toList());
    }

    static MoneyView money(BigDecimal amount, Currency currency) {
        return MoneyView.of(Money.of(amount, currency));
    }

    /** A fraction shown to four decimals (0.1234 is 12.34 %). */
    static BigDecimal share(BigDecimal fraction) {
        return fraction.setScale(4, RoundingMode.HALF_EVEN);
    }
}

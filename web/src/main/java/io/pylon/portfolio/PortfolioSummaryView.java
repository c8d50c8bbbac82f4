package io.pylon.portfolio;

import static io.pylon.portfolio.PortfolioAccountView.money;
import static io.pylon.portfolio.PortfolioAccountView.share;

import io.pylon.account.Tier;
import io.pylon.api.MoneyView;
import io.pylon.country.RiskCategory;
import io.pylon.currency.ExchangeRateView;
import io.pylon.project.Phase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio's tiles and charts: totals, projects per phase, tiers, the Pareto curve of the first
 * {@value #PARETO_POINTS} accounts, concentration by account and by country, the countries by value, exposure per
 * OECD risk category, and the rates every converted figure used (one per currency: the rate in force on
 * {@code asOf}, quoted in the reporting currency). Shares are fractions of 1 to four decimals.
 */
public record PortfolioSummaryView(LocalDate asOf, String currency, int accounts, Totals totals,
                                   Map<Phase, Integer> projectsByPhase, List<TierView> tiers,
                                   List<ParetoPoint> pareto, ConcentrationView concentrationByAccount,
                                   ConcentrationView concentrationByCountry, List<CountryView> countries,
                                   List<ExposureView> exposure, List<ExchangeRateView> ratesUsed) {

    public static final int PARETO_POINTS = 100;

    public record Totals(MoneyView contracted, MoneyView pipeline, MoneyView value, MoneyView backlog, MoneyView earned,
                         MoneyView margin, BigDecimal marginShare, MoneyView receivable, MoneyView overdueReceivable,
                         MoneyView exposure, int gatesOverdue, BigDecimal averageHealth) {
    }

    public record TierView(Tier tier, int accounts, MoneyView value) {
    }

    public record ParetoPoint(long accountId, String name, MoneyView value, BigDecimal cumulativeShare) {
    }

    public record ConcentrationView(int holders, BigDecimal topFiveShare, BigDecimal topTenShare,
                                    BigDecimal herfindahlIndex) {

        static ConcentrationView of(Concentration concentration) {
            return new ConcentrationView(concentration.holders(), share(concentration.topFiveShare()),
                    share(concentration.topTenShare()), concentration.herfindahlIndex());
        }
    }

    public record CountryView(String country, int accounts, MoneyView value, BigDecimal share) {
    }

    /** {@code riskCategory} absent: the countries not rated. */
    public record ExposureView(Integer riskCategory, int accounts, MoneyView exposure, BigDecimal share) {
    }

    static PortfolioSummaryView of(PortfolioReport report, TierCutPoints cutPoints) {
        Currency currency = report.currency();
        PortfolioReport.Totals totals = report.totals();
        Map<Long, String> names = new HashMap<>();
        report.accounts().forEach(figures -> names.put(figures.facts().id(), figures.facts().name()));
        return new PortfolioSummaryView(report.asOf(), currency.getCurrencyCode(), report.accounts().size(),
                new Totals(money(totals.contracted(), currency), money(totals.pipeline(), currency),
                        money(totals.value(), currency), money(totals.backlog(), currency),
                        money(totals.earned(), currency), money(totals.margin(), currency),
                        totals.marginShare().map(PortfolioAccountView::share).orElse(null),
                        money(totals.receivable(), currency), money(totals.overdueReceivable(), currency),
                        money(totals.exposure(), currency), totals.gatesOverdue(), totals.health().orElse(null)),
                report.projectsByPhase(),
                report.tiers().stream().map(tier -> new TierView(tier.tier(), tier.accounts(),
                        money(tier.value(), currency))).toList(),
                report.pareto(cutPoints).stream().limit(PARETO_POINTS)
                        .map(placement -> new ParetoPoint(placement.account().accountId(),
                                names.get(placement.account().accountId()), money(placement.account().value(), currency),
                                share(placement.cumulativeShare())))
                        .toList(),
                ConcentrationView.of(report.concentrationByAccount()),
                ConcentrationView.of(report.concentrationByCountry()),
                report.byCountry().stream().map(country -> new CountryView(country.country().value(), country.accounts(),
                        money(country.value(), currency), share(country.share()))).toList(),
                report.exposureByRiskCategory().stream().map(exposure -> new ExposureView(
                        exposure.category().map(RiskCategory::value).orElse(null), exposure.accounts(),
                        money(exposure.exposure(), currency), share(exposure.share()))).toList(),
                report.ratesUsed().stream().map(ExchangeRateView::of).toList());
    }
}

package io.pylon.portfolio;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import io.pylon.shared.CountryCode;
import io.pylon.shared.PdfSheet;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portfolio as an A4 landscape PDF: the view (day, currency, filters), the summary figures, concentration, three
 * charts (the accounts of most value with their cumulative share, live projects per phase, exposure per OECD country
 * risk category), the first {@value #ACCOUNT_ROWS} accounts of the table, the countries, and the overdue invoices and
 * gates, with the rates the conversions used. Agency names print in Chinese too ({@link PdfSheet}).
 */
final class PortfolioPdf {

    static final int ACCOUNT_ROWS = 100;
    private static final int CHARTED_ACCOUNTS = 15;
    private static final Color BARS = new Color(0x0d, 0x6e, 0xfd);
    private static final Color RISK_BARS = new Color(0xdc, 0x35, 0x45);

    private final PdfSheet sheet;
    private final Portfolio.Overdue overdue;
    private final PortfolioReport report;
    private final PortfolioFilter filter;
    private final TierCutPoints cutPoints;
    private final Instant printedAt;

    private PortfolioPdf(PdfSheet sheet, Portfolio.Overdue overdue, PortfolioFilter filter, TierCutPoints cutPoints,
                         Instant printedAt) {
        this.sheet = sheet;
        this.overdue = overdue;
        this.report = overdue.report();
        this.filter = filter;
        this.cutPoints = cutPoints;
        this.printedAt = printedAt;
    }

    static byte[] of(Portfolio.Overdue overdue, PortfolioFilter filter, TierCutPoints cutPoints, Instant printedAt) {
        return PdfSheet.write(PageSize.A4.rotate(), "Key-client portfolio on " + overdue.report().asOf(),
                sheet -> new PortfolioPdf(sheet, overdue, filter, cutPoints, printedAt).render());
    }

    private void render() throws DocumentException {
        sheet.add(PdfSheet.paragraph(sheet.text("Key-client portfolio", 18, Font.BOLD, null), 0, 4));
        sheet.add(PdfSheet.paragraph(sheet.text("As of " + report.asOf() + ", in " + report.currency().getCurrencyCode()
                + "; " + describedFilter() + ". Printed " + PdfSheet.at(printedAt) + ".", PdfSheet.BODY, Font.NORMAL,
                PdfSheet.MUTED), 0, 6));
        summary();
        sheet.heading("Accounts of most value (bars) and their cumulative share");
        sheet.bars(report.pareto(cutPoints).stream().limit(CHARTED_ACCOUNTS).map(placement -> new PdfSheet.Bar(
                nameOf(placement.account().accountId()), placement.account().value(),
                PdfSheet.money(placement.account().value()) + "  (" + PdfSheet.percent(placement.cumulativeShare(), 1)
                        + " cumulative)")).toList(), BARS);
        sheet.heading("Live projects per phase");
        sheet.bars(report.projectsByPhase().entrySet().stream().map(phase -> new PdfSheet.Bar(PdfSheet.label(phase.getKey()),
                BigDecimal.valueOf(phase.getValue()), String.valueOf(phase.getValue()))).toList(), BARS);
        sheet.heading("Exposure (backlog + receivables) per OECD country risk category");
        sheet.bars(report.exposureByRiskCategory().stream().map(exposure -> new PdfSheet.Bar(
                exposure.category().map(category -> "Category " + category.value()).orElse("Unrated"),
                exposure.exposure(), PdfSheet.money(exposure.exposure()) + "  (" + PdfSheet.percent(exposure.share(), 1)
                        + ", " + exposure.accounts() + " accounts)")).toList(), RISK_BARS);
        sheet.newPage();
        accounts();
        countries();
        overdueLists();
        rates();
    }

    private void summary() throws DocumentException {
        PortfolioReport.Totals totals = report.totals();
        Concentration byAccount = report.concentrationByAccount();
        Concentration byCountry = report.concentrationByCountry();
        sheet.add(sheet.fields(List.of(
                Map.entry("Accounts", String.valueOf(report.accounts().size())),
                Map.entry("Contracted", PdfSheet.money(totals.contracted())),
                Map.entry("Weighted pipeline", PdfSheet.money(totals.pipeline())),
                Map.entry("Backlog", PdfSheet.money(totals.backlog())),
                Map.entry("Value earned", PdfSheet.money(totals.earned())),
                Map.entry("Margin", PdfSheet.money(totals.margin())
                        + totals.marginShare().map(share -> " (" + PdfSheet.percent(share, 1) + ")").orElse("")),
                Map.entry("Receivables", PdfSheet.money(totals.receivable())),
                Map.entry("Overdue receivables", PdfSheet.money(totals.overdueReceivable())),
                Map.entry("Exposure", PdfSheet.money(totals.exposure())),
                Map.entry("Gates overdue", String.valueOf(totals.gatesOverdue())),
                Map.entry("Average health", totals.health().map(BigDecimal::toPlainString).orElse("—")),
                Map.entry("Top 5 / top 10 share", PdfSheet.percent(byAccount.topFiveShare(), 1) + " / "
                        + PdfSheet.percent(byAccount.topTenShare(), 1)),
                Map.entry("HHI by account", byAccount.herfindahlIndex().toPlainString()),
                Map.entry("HHI by country", byCountry.herfindahlIndex().toPlainString())), 3));
    }

    private void accounts() throws DocumentException {
        sheet.heading("Accounts by value" + (report.accounts().size() > ACCOUNT_ROWS
                ? ", the first " + ACCOUNT_ROWS + " of " + report.accounts().size() : ""));
        if (report.accounts().isEmpty()) {
            sheet.add(sheet.none());
            return;
        }
        sheet.add(sheet.table(new float[] {5, 1.2f, 0.8f, 2.4f, 2.4f, 2.4f, 1.4f, 2.2f, 2.2f, 1.2f, 1.2f},
                List.of("Account", "Country", "Tier", "Value", "Backlog", "Earned", "Margin", "Receivable", "Overdue",
                        "Health", "Gates overdue"),
                report.accounts().stream().limit(ACCOUNT_ROWS).map(figures -> List.of(figures.facts().name(),
                        figures.facts().country().value(), figures.facts().tier().name(), PdfSheet.money(figures.value()),
                        PdfSheet.money(figures.backlog()), PdfSheet.money(figures.earned()),
                        figures.marginShare().map(share -> PdfSheet.percent(share, 1)).orElse("—"),
                        PdfSheet.money(figures.receivable()), PdfSheet.money(figures.overdueReceivable()),
                        figures.health().score().setScale(1, RoundingMode.HALF_EVEN).toPlainString(),
                        String.valueOf(figures.facts().gatesOverdue()))).toList(), 3));
    }

    private void countries() throws DocumentException {
        sheet.heading("Value by country");
        sheet.add(sheet.table(new float[] {2, 1, 3, 1.5f}, List.of("Country", "Accounts", "Value", "Share"),
                report.byCountry().stream().map(country -> List.of(country.country().value(),
                        String.valueOf(country.accounts()), PdfSheet.money(country.value()),
                        PdfSheet.percent(country.share(), 1))).toList(), 1));
    }

    private void overdueLists() throws DocumentException {
        sheet.heading("Overdue invoices, the longest overdue first");
        if (overdue.invoices().isEmpty()) {
            sheet.add(sheet.none());
        } else {
            sheet.add(sheet.table(new float[] {4, 4, 1.6f, 2.6f, 1.6f, 1.2f},
                    List.of("Account", "Project", "Number", "Amount", "Due", "Days overdue"),
                    overdue.invoices().stream().map(invoice -> List.of(invoice.accountName(), invoice.projectName(),
                            invoice.number(), PdfSheet.money(invoice.amount().amount()) + " "
                                    + invoice.amount().currency().getCurrencyCode(), invoice.dueOn().toString(),
                            String.valueOf(invoice.daysOverdue()))).toList(), 3));
        }
        sheet.heading("Overdue gates, the longest overdue first");
        if (overdue.gates().isEmpty()) {
            sheet.add(sheet.none());
        } else {
            sheet.add(sheet.table(new float[] {4, 4, 1, 2, 1.6f, 1.2f},
                    List.of("Account", "Project", "Gate", "Phase", "Planned", "Days overdue"),
                    overdue.gates().stream().map(gate -> List.of(gate.accountName(), gate.projectName(), gate.gate(),
                            PdfSheet.label(gate.phase()), gate.plannedOn().toString(),
                            String.valueOf(gate.daysOverdue()))).toList(), 5));
        }
    }

    private void rates() throws DocumentException {
        String rates = report.ratesUsed().isEmpty() ? "none: every amount was in " + report.currency().getCurrencyCode()
                : report.ratesUsed().stream().map(rate -> "1 " + rate.currency().getCurrencyCode() + " = "
                        + rate.rate().stripTrailingZeros().toPlainString() + " " + rate.quoteCurrency().getCurrencyCode()
                        + " from " + rate.validFrom()).collect(Collectors.joining("; "));
        sheet.add(PdfSheet.paragraph(sheet.text("Exchange rates used: " + rates + ".", PdfSheet.SMALL, Font.NORMAL,
                PdfSheet.MUTED), 8, 0));
    }

    private String nameOf(long accountId) {
        return report.accounts().stream().filter(figures -> figures.facts().id() == accountId).findFirst()
                .map(figures -> figures.facts().name()).orElse(String.valueOf(accountId));
    }

    private String describedFilter() {
        List<String> parts = new ArrayList<>();
        described(parts, "countries", filter.countries().stream().map(CountryCode::value).toList());
        described(parts, "regions", filter.regions());
        described(parts, "sectors", filter.sectors());
        described(parts, "tiers", filter.tiers());
        described(parts, "classifications", filter.classifications());
        described(parts, "account managers", filter.accountManagers());
        described(parts, "phases", filter.phases());
        return parts.isEmpty() ? "every account the reader sees" : "accounts of " + String.join(", ", parts);
    }

    private static void described(List<String> parts, String name, Collection<?> values) {
        if (!values.isEmpty()) {
            parts.add(name + " " + values.stream().map(String::valueOf).sorted().collect(Collectors.joining(" or ")));
        }
    }
}

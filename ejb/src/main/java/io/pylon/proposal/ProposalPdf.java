package io.pylon.proposal;

import static io.pylon.shared.PdfSheet.MUTED;
import static io.pylon.shared.PdfSheet.SMALL;
import static io.pylon.shared.PdfSheet.at;
import static io.pylon.shared.PdfSheet.label;
import static io.pylon.shared.PdfSheet.money;
import static io.pylon.shared.PdfSheet.paragraph;
import static io.pylon.shared.PdfSheet.percent;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import io.pylon.account.Account;
import io.pylon.financing.ContractEvaluation;
import io.pylon.financing.ContractTerms;
import io.pylon.financing.FinancingPlan;
import io.pylon.financing.InterestRate;
import io.pylon.financing.Repayment;
import io.pylon.financing.RuleCheck;
import io.pylon.financing.RuleCheck.Outcome;
import io.pylon.financing.ScheduleRow;
import io.pylon.financing.Tranche;
import io.pylon.shared.PdfSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A version of a proposal as an A4 PDF, landscape for the schedule's eight columns: a cover; the summary (price, cost,
 * margin, the key figures, the OECD checks counted); the contract's and the plan's terms; the financing structure, a
 * row per tranche; the total schedule; the key figures with what they mean; the OECD checks; and the version beside
 * its scenarios. Every figure is read from the engine's evaluations it is given; titles and names print in Chinese
 * too ({@link PdfSheet}).
 */
final class ProposalPdf {

    private final PdfSheet sheet;
    private final ProposalVersion version;
    private final EvaluatedTerms offer;
    private final List<EvaluatedTerms> scenarios;
    private final LocalDate today;

    private ProposalPdf(PdfSheet sheet, ProposalVersion version, EvaluatedTerms offer, List<EvaluatedTerms> scenarios,
                        LocalDate today) {
        this.sheet = sheet;
        this.version = version;
        this.offer = offer;
        this.scenarios = scenarios;
        this.today = today;
    }

    /** The version, worked out as {@code offer}, beside {@code scenarios} (none leaves the comparison empty). */
    static byte[] of(ProposalVersion version, EvaluatedTerms offer, List<EvaluatedTerms> scenarios, LocalDate today) {
        return PdfSheet.write(PageSize.A4.rotate(), "Proposal " + version.proposal().title() + ", version "
                + version.number(), sheet -> new ProposalPdf(sheet, version, offer, scenarios, today).render());
    }

    private void render() throws DocumentException {
        cover();
        sheet.newPage();
        sheet.heading("Summary");
        summary();
        sheet.heading("Contract terms");
        sheet.add(sheet.fields(terms(), 2));
        sheet.heading("Financing structure");
        sheet.add(tranches());
        sheet.heading("Total schedule");
        schedule();
        sheet.heading("Metrics and their definitions");
        sheet.add(sheet.table(new float[] {2, 1.8f, 8}, List.of("Metric", offer.name(), "Definition"),
                Arrays.stream(KeyMetric.values()).map(metric -> List.of(metric.label(), metric.of(offer.evaluation()),
                        metric.definition())).toList()));
        sheet.heading("OECD Arrangement checks");
        sheet.add(sheet.table(new float[] {2.2f, 1.8f, 8}, List.of("Rule", "Outcome", "Message"),
                checks(offer).stream().map(check -> List.of(check.rule().name(), check.outcome().name(),
                        check.message())).toList()));
        sheet.heading("Scenario comparison");
        sheet.add(scenarios.isEmpty() ? sheet.none() : comparison());
    }

    private void cover() throws DocumentException {
        Proposal proposal = version.proposal();
        Account account = proposal.account();
        sheet.add(paragraph(sheet.text("Proposal", 14, Font.NORMAL, MUTED), 0, 4));
        sheet.add(paragraph(sheet.text(proposal.title(), 26, Font.BOLD, null), 0, 10));
        sheet.add(paragraph(sheet.text(account.nativeName() == null ? account.name()
                : account.name() + "\n" + account.nativeName(), 15, Font.BOLD, null), 0, 4));
        sheet.add(paragraph(sheet.text(proposal.opportunity().details().title(), 13, Font.NORMAL, null), 0, 30));
        sheet.add(sheet.fields(List.of(
                Map.entry("Version", version.number() + ", " + label(version.status())),
                Map.entry("Submitted", version.submittedAt() == null ? "draft"
                        : "by " + version.submittedBy() + " on " + at(version.submittedAt())),
                Map.entry("Currency", version.currency().getCurrencyCode()),
                Map.entry("Printed", today.toString())), 2));
    }

    private void summary() throws DocumentException {
        String currency = " " + version.currency().getCurrencyCode();
        List<Map.Entry<String, String>> figures = new ArrayList<>(List.of(
                Map.entry("Contract price", money(version.contractPrice()) + currency),
                Map.entry("Cost estimate", money(version.costEstimate()) + currency),
                Map.entry("Margin", money(version.margin()) + currency),
                Map.entry("Margin share", percent(version.marginShare(), 2))));
        Arrays.stream(KeyMetric.values())
                .forEach(metric -> figures.add(Map.entry(metric.label(), metric.of(offer.evaluation()))));
        List<RuleCheck> checks = checks(offer);
        figures.add(Map.entry("OECD checks", checks.stream().filter(RuleCheck::passed).count() + " passed, "
                + count(checks, Outcome.FAILED) + " failed, " + count(checks, Outcome.REVIEW) + " for review"));
        sheet.add(sheet.fields(figures, 2));
    }

    private List<Map.Entry<String, String>> terms() {
        ContractTerms terms = offer.contract().terms();
        FinancingPlan plan = offer.contract().plan();
        String planCurrency = plan.currency().getCurrencyCode();
        String costCurrency = terms.costsInAnotherCurrencyThan(plan.currency())
                ? terms.costCurrency().getCurrencyCode() : planCurrency;
        return List.of(
                Map.entry("Construction start", terms.constructionStart().toString()),
                Map.entry("Starting point of credit", plan.startingPointOfCredit().toString()),
                Map.entry("Hurdle rate", percent(terms.hurdleRate())),
                Map.entry("Cost estimate", money(terms.costEstimate()) + " " + costCurrency),
                Map.entry("Cost currency", costCurrency),
                Map.entry("Exchange rate", terms.costsInAnotherCurrencyThan(plan.currency())
                        ? terms.exchangeRate().toPlainString() + " " + planCurrency + " per " + costCurrency : "—"),
                Map.entry("Export contract value", money(plan.exportContractValue()) + " " + planCurrency),
                Map.entry("Local costs", money(plan.localCosts()) + " " + planCurrency),
                Map.entry("Country category", plan.countryCategory().name()),
                Map.entry("Climate or nuclear", plan.climateOrNuclear() ? "yes" : "no"),
                Map.entry("Discount rate", percent(plan.discountRate())),
                Map.entry("CIRR", plan.cirr() == null ? "—" : percent(plan.cirr())));
    }

    private Element tranches() {
        List<Tranche> tranches = offer.contract().plan().tranches();
        BigDecimal total = tranches.stream().map(Tranche::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sheet.table(new float[] {2.6f, 1.8f, 2.2f, 1, 1.8f, 1.3f, 1.8f, 1.3f, 2.1f, 2.6f},
                List.of("Tranche", "Type", "Amount", "Share", "Rate", "Day count", "Fees", "Premium", "Drawdowns",
                        "Repayment"),
                tranches.stream().map(tranche -> List.of(tranche.name(), label(tranche.type()),
                        money(tranche.amount()), percent(tranche.amount().divide(total, 4,
                                RoundingMode.HALF_EVEN), 2), rate(tranche.rate()),
                        tranche.dayCount() == null ? "—" : tranche.dayCount().code(),
                        "upfront " + percent(tranche.upfrontFee()) + "\ncommitment "
                                + percent(tranche.commitmentFee()),
                        tranche.premium().rate().signum() == 0 ? "—" : percent(tranche.premium().rate())
                                + (tranche.premium().financed() ? " financed" : " paid"),
                        drawdowns(tranche), repayment(tranche.repayment()))).toList());
    }

    private static String rate(InterestRate rate) {
        if (rate instanceof InterestRate.Fixed fixed) {
            return "fixed " + percent(fixed.value());
        }
        if (rate instanceof InterestRate.Floating floating) {
            return percent(floating.base()) + " + " + percent(floating.margin()) + " margin";
        }
        return "—";
    }

    private static String drawdowns(Tranche tranche) {
        int count = tranche.drawdowns().size();
        return count == 1 ? tranche.firstDrawdownDate().toString()
                : tranche.firstDrawdownDate() + " to " + tranche.lastDrawdownDate() + "\n" + count + " drawdowns";
    }

    private static String repayment(Repayment repayment) {
        return repayment == null ? "not repaid" : label(repayment.profile()) + "\n" + repayment.instalments()
                + " every " + repayment.frequencyMonths() + " months from " + repayment.firstRepaymentDate();
    }

    /** The total schedule of all tranches, a row per day something happens, amounts to the cent. */
    private void schedule() throws DocumentException {
        ContractEvaluation evaluation = offer.evaluation();
        sheet.add(sheet.table(new float[] {1.3f, 2, 2, 2, 2, 2, 2, 2},
                List.of("Date", "Drawdown", "Interest", "Fees", "Premium", "Principal", "Debt service", "Outstanding"),
                evaluation.financing().total().stream().map(ProposalPdf::row).toList(), 1));
        if (evaluation.financing().debt().totals().capitalisedInterest().signum() > 0) {
            sheet.add(paragraph(sheet.text("Interest is what is paid; interest capitalised before the starting point "
                    + "of credit adds to the outstanding balance.", SMALL, Font.NORMAL, MUTED), 0, 2));
        }
    }

    private static List<String> row(ScheduleRow row) {
        return List.of(row.date().toString(), money(row.drawdown()), money(row.interest()),
                money(row.commitmentFee().add(row.upfrontFee())), money(row.premiumPaid().add(row.premiumFinanced())),
                money(row.principal()), money(row.debtService()), money(row.outstanding()));
    }

    /** The version and its scenarios side by side, a row per key figure and one for the checks failed. */
    private Element comparison() {
        List<EvaluatedTerms> columns = Stream.concat(Stream.of(offer), scenarios.stream()).toList();
        List<List<String>> rows = new ArrayList<>();
        for (KeyMetric metric : KeyMetric.values()) {
            rows.add(Stream.concat(Stream.of(metric.label()),
                    columns.stream().map(column -> metric.of(column.evaluation()))).toList());
        }
        rows.add(Stream.concat(Stream.of("Failed checks"), columns.stream().map(ProposalPdf::failed)).toList());
        float[] widths = new float[columns.size() + 1];
        Arrays.fill(widths, 2.5f);
        widths[0] = 2;
        return sheet.table(widths, Stream.concat(Stream.of("Metric"), columns.stream().map(EvaluatedTerms::name))
                .toList(), rows, 1);
    }

    private static String failed(EvaluatedTerms terms) {
        List<RuleCheck> failed = checks(terms).stream().filter(check -> check.outcome() == Outcome.FAILED).toList();
        return failed.isEmpty() ? "none" : failed.size() + ": " + failed.stream().map(check -> check.rule().name())
                .collect(Collectors.joining(", "));
    }

    private static List<RuleCheck> checks(EvaluatedTerms terms) {
        return terms.evaluation().financing().checks();
    }

    private static long count(List<RuleCheck> checks, Outcome outcome) {
        return checks.stream().filter(check -> check.outcome() == outcome).count();
    }
}

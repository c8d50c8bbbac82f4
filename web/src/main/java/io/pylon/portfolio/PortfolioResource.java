package io.pylon.portfolio;

import io.pylon.api.ContentDisposition;
import io.pylon.api.CsvTable;
import io.pylon.api.FieldChecks;
import io.pylon.api.PageView;
import io.pylon.shared.NotFound;
import io.pylon.shared.Reason;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Portfolio", description = "The executive key-client portfolio: figures per account and in total in one "
        + "currency, on a day, filtered; concentration, exposure, overdue lists, CSV of every table")
public class PortfolioResource {

    private static final String VIEW = " Executives and administrators see every account, everyone else the accounts "
            + "of their teams. asOf (YYYY-MM-DD, not in the future; today when absent) dates tiers, gates passed, earned "
            + "value, invoices, surveys, follow-ups and visits; opportunities and phases are as they are now. currency: "
            + "ISO 4217, the reporting currency when absent, one with a rate on asOf otherwise. Filters (repeat or "
            + "comma-separate for several values): country, region, sector, tier, classification, accountManager "
            + "(username of an ACCOUNT_LEAD), phase (of a live project). Unknown parameters are refused.";

    /** The columns the account table sorts by; equal values keep the table's value order. */
    private static final Map<String, Comparator<AccountFigures>> SORTS = Map.ofEntries(
            Map.entry("name", Comparator.comparing(figures -> figures.facts().name())),
            Map.entry("country", Comparator.comparing(figures -> figures.facts().country().value())),
            Map.entry("tier", Comparator.comparing(figures -> figures.facts().tier())),
            Map.entry("contracted", Comparator.comparing(AccountFigures::contracted)),
            Map.entry("pipeline", Comparator.comparing(AccountFigures::pipeline)),
            Map.entry("value", Comparator.comparing(AccountFigures::value)),
            Map.entry("backlog", Comparator.comparing(AccountFigures::backlog)),
            Map.entry("earned", Comparator.comparing(AccountFigures::earned)),
            Map.entry("margin", Comparator.comparing(AccountFigures::margin)),
            Map.entry("marginShare", Comparator.comparing(figures -> figures.marginShare().orElse(null),
                    Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("receivable", Comparator.comparing(AccountFigures::receivable)),
            Map.entry("overdueReceivable", Comparator.comparing(AccountFigures::overdueReceivable)),
            Map.entry("exposure", Comparator.comparing(AccountFigures::exposure)),
            Map.entry("health", Comparator.comparing(figures -> figures.health().score())),
            Map.entry("satisfaction", Comparator.comparing(figures -> figures.satisfaction().latestAverage(),
                    Comparator.nullsFirst(Comparator.naturalOrder()))),
            Map.entry("projects", Comparator.comparingInt(figures -> figures.facts().projectsByPhase().values().stream()
                    .mapToInt(Integer::intValue).sum())),
            Map.entry("gatesOverdue", Comparator.comparingInt(figures -> figures.facts().gatesOverdue())));

    @Inject
    Portfolio portfolio;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The portfolio's tiles and charts: totals (contracted, weighted pipeline, backlog, earned "
            + "value, margin, receivables and overdue receivables, exposure = backlog + receivables, gates overdue, "
            + "average health), projects per phase, tiers, the Pareto curve, concentration (top-5 and top-10 share, "
            + "Herfindahl-Hirschman index) by account and by country, exposure per OECD country risk category, and "
            + "the exchange rates every converted figure used." + VIEW)
    public PortfolioSummaryView summary() {
        return summaryOf(view());
    }

    @GET
    @Path("accounts")
    @Operation(summary = "The account table, a page at a time: each account's figures in the report's currency. "
            + "sort: a column (name, country, tier, contracted, pipeline, value, backlog, earned, margin, marginShare, "
            + "receivable, overdueReceivable, exposure, health, satisfaction, projects, gatesOverdue), '-' before it "
            + "for descending; by value, highest first, when absent." + VIEW)
    public PageView<PortfolioAccountView> accounts() {
        FieldChecks checks = new FieldChecks();
        Portfolio.View view = PortfolioViewParameters.read(uriInfo.getQueryParameters(), checks, "sort", "page", "size");
        Comparator<AccountFigures> order = order(checks, uriInfo.getQueryParameters().getFirst("sort"));
        int page = integer(checks, "page", 0);
        int size = integer(checks, "size", 20);
        checks.paging(page, size).orThrow();
        PortfolioReport report = portfolio.report(view);
        List<PortfolioAccountView> items = report.accounts().stream().sorted(order)
                .skip((long) page * size).limit(size)
                .map(figures -> PortfolioAccountView.of(figures, report.currency()))
                .toList();
        return new PageView<>(items, report.accounts().size(), page, size);
    }

    @GET
    @Path("overdue")
    @Operation(summary = "The " + Portfolio.OVERDUE_LIST_SIZE + " longest overdue invoices (issued, unpaid and past "
            + "due on asOf) and gates (of live projects, planned before asOf and not passed by then) of the accounts "
            + "shown." + VIEW)
    public OverdueView overdue() {
        return OverdueView.of(portfolio.overdue(view()));
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The view as a PDF report (A4 landscape): summary figures and concentration, charts of the "
            + "accounts of most value, of projects per phase and of exposure per risk category, the first "
            + "100 accounts, the countries, the overdue invoices and gates, the rates used." + VIEW)
    public Response pdf() {
        return Response.ok(portfolio.pdf(view()), "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("portfolio.pdf"))
                .build();
    }

    @GET
    @Path("tables/{table}.csv")
    @Produces(CsvTable.MEDIA_TYPE)
    @Operation(summary = "A table of the dashboard as CSV (UTF-8): accounts (every row, in value order), countries, "
            + "concentration, exposure, phases, tiers, overdue-invoices, overdue-gates." + VIEW)
    public Response table(@PathParam("table") String table) {
        Portfolio.View view = view();
        String file = "portfolio-" + table + ".csv";
        return switch (table) {
            case "accounts" -> accountsCsv(file, portfolio.report(view));
            case "countries" -> {
                PortfolioSummaryView summary = summaryOf(view);
                yield CsvTable.download(file, List.of("country", "accounts", "value", "currency", "share"),
                        summary.countries().stream().map(country -> List.of(country.country(), country.accounts(),
                                country.value().amount(), summary.currency(), country.share())).toList());
            }
            case "exposure" -> {
                PortfolioSummaryView summary = summaryOf(view);
                yield CsvTable.download(file, List.of("riskCategory", "accounts", "exposure", "currency", "share"),
                        summary.exposure().stream().map(exposure -> List.of(
                                exposure.riskCategory() == null ? "unrated" : exposure.riskCategory(),
                                exposure.accounts(), exposure.exposure().amount(), summary.currency(),
                                exposure.share())).toList());
            }
            case "concentration" -> {
                PortfolioSummaryView summary = summaryOf(view);
                yield CsvTable.download(file, List.of("by", "holders", "topFiveShare", "topTenShare", "herfindahlIndex"),
                        List.of(concentrationRow("account", summary.concentrationByAccount()),
                                concentrationRow("country", summary.concentrationByCountry())));
            }
            case "phases" -> CsvTable.download(file, List.of("phase", "projects"),
                    summaryOf(view).projectsByPhase().entrySet().stream()
                            .map(phase -> List.of(phase.getKey(), phase.getValue())).toList());
            case "tiers" -> {
                PortfolioSummaryView summary = summaryOf(view);
                yield CsvTable.download(file, List.of("tier", "accounts", "value", "currency"), summary.tiers().stream()
                        .map(tier -> List.of(tier.tier(), tier.accounts(), tier.value().amount(), summary.currency()))
                        .toList());
            }
            case "overdue-invoices" -> {
                OverdueView overdue = OverdueView.of(portfolio.overdue(view));
                yield CsvTable.download(file, List.of("accountId", "account", "projectId", "project", "number", "amount",
                        "amountCurrency", "converted", "currency", "dueOn", "daysOverdue"), overdue.invoices().stream()
                        .map(invoice -> List.of(invoice.accountId(), invoice.accountName(), invoice.projectId(),
                                invoice.projectName(), invoice.number(), invoice.amount().amount(),
                                invoice.amount().currency(), invoice.converted() == null ? "" : invoice.converted().amount(),
                                overdue.currency(), invoice.dueOn(), invoice.daysOverdue())).toList());
            }
            case "overdue-gates" -> CsvTable.download(file, List.of("accountId", "account", "projectId", "project",
                            "gate", "phase", "plannedOn", "daysOverdue"),
                    OverdueView.of(portfolio.overdue(view)).gates().stream().map(gate -> List.of(gate.accountId(),
                            gate.accountName(), gate.projectId(), gate.projectName(), gate.gate(), gate.phase(),
                            gate.plannedOn(), gate.daysOverdue())).toList());
            default -> throw new NotFound("portfolio table", table);
        };
    }

    private PortfolioSummaryView summaryOf(Portfolio.View view) {
        return PortfolioSummaryView.of(portfolio.report(view), portfolio.cutPoints());
    }

    /** The view the query string asks for, with no parameters of the endpoint's own. */
    private Portfolio.View view() {
        FieldChecks checks = new FieldChecks();
        Portfolio.View view = PortfolioViewParameters.read(uriInfo.getQueryParameters(), checks);
        checks.orThrow();
        return view;
    }

    private static List<Object> concentrationRow(String by, PortfolioSummaryView.ConcentrationView measures) {
        return List.of(by, measures.holders(), measures.topFiveShare(), measures.topTenShare(),
                measures.herfindahlIndex());
    }

    private static Response accountsCsv(String file, PortfolioReport report) {
        List<String> money = List.of("contracted", "pipeline", "value", "backlog", "earned", "margin", "receivable",
                "overdueReceivable", "exposure");
        List<Function<AccountFigures, BigDecimal>> amounts = List.of(AccountFigures::contracted,
                AccountFigures::pipeline, AccountFigures::value, AccountFigures::backlog, AccountFigures::earned,
                AccountFigures::margin, AccountFigures::receivable, AccountFigures::overdueReceivable,
                AccountFigures::exposure);
        List<String> header = new ArrayList<>(List.of("id", "name", "country", "region", "riskCategory",
                "classification", "tier", "accountManagers", "currency"));
        header.addAll(money);
        header.addAll(List.of("marginShare", "health", "satisfaction", "projects", "gatesOverdue"));
        return CsvTable.download(file, header, report.accounts().stream().map(figures -> {
            PortfolioAccountView row = PortfolioAccountView.of(figures, report.currency());
            List<Object> cells = new ArrayList<>(List.of(row.id(), row.name(), row.country(),
                    row.region() == null ? "" : row.region(), row.riskCategory() == null ? "" : row.riskCategory(),
                    row.classification() == null ? "" : row.classification(), row.tier(),
                    String.join(" ", row.accountManagers()), report.currency()));
            amounts.forEach(amount -> cells.add(amount.apply(figures).setScale(2).toPlainString()));
            cells.addAll(List.of(row.marginShare() == null ? "" : row.marginShare(), row.health(),
                    row.satisfaction().latestAverage() == null ? "" : row.satisfaction().latestAverage(),
                    row.projects(), row.gatesOverdue()));
            return cells;
        }).toList());
    }

    private static Comparator<AccountFigures> order(FieldChecks checks, String sort) {
        if (sort == null) {
            return PortfolioReport.BY_VALUE;
        }
        boolean descending = sort.startsWith("-");
        Comparator<AccountFigures> column = SORTS.get(descending ? sort.substring(1) : sort);
        checks.valid("sort", sort, given -> column != null, Reason.NOT_ALLOWED, "must be one of "
                + String.join(", ", SORTS.keySet().stream().sorted().toList()) + ", with '-' before it for descending");
        if (column == null) {
            return PortfolioReport.BY_VALUE;
        }
        return (descending ? column.reversed() : column).thenComparing(PortfolioReport.BY_VALUE);
    }

    private int integer(FieldChecks checks, String name, int absent) {
        String given = uriInfo.getQueryParameters().getFirst(name);
        if (given == null) {
            return absent;
        }
        checks.valid(name, given, value -> value.matches("\\d{1,9}"), Reason.OUT_OF_RANGE, "must be a whole number");
        return given.matches("\\d{1,9}") ? Integer.parseInt(given) : absent;
    }
}

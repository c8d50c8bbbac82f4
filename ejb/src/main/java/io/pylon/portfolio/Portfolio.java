package io.pylon.portfolio;

import io.pylon.currency.DayConversion;
import io.pylon.currency.ExchangeRates;
import io.pylon.project.GateState;
import io.pylon.project.Phase;
import io.pylon.relationship.VisitCadence;
import io.pylon.relationship.VisitCadences;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The executive portfolio: every account the signed-in user sees (executives and administrators all of them, everyone
 * else the accounts of their teams), valued on a day in one currency, filtered, with the lists of what is overdue.
 * The permission is checked once per request, not per account.
 */
@Stateless
public class Portfolio {

    /** How many overdue invoices or gates a list shows, the longest overdue first. */
    public static final int OVERDUE_LIST_SIZE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    KeptFigures keptFigures;

    @Inject
    ExchangeRates exchangeRates;

    @Inject
    VisitCadences cadences;

    @Inject
    PortfolioSettings settings;

    private final Clock clock = Clock.systemUTC();

    /** A view of the portfolio: the day (today when null), the currency (the reporting one when null), the filter. */
    public record View(LocalDate asOf, Currency currency, PortfolioFilter filter) {
    }

    /** An overdue invoice, its amount also in the report's currency (empty without a rate). */
    public record OverdueInvoice(long accountId, String accountName, long projectId, String projectName, String number,
                                 Money amount, Optional<BigDecimal> converted, LocalDate dueOn,
                                 long daysOverdue) {
    }

    /** A gate of a live project planned before the day and not passed by then. */
    public record OverdueGate(long accountId, String accountName, long projectId, String projectName, String gate,
                              Phase phase, LocalDate plannedOn, long daysOverdue) {
    }

    /** The view as a PDF report ({@link PortfolioPdf}): the report, its charts and tables, the overdue lists. */
    public byte[] pdf(View view) {
        return PortfolioPdf.of(overdue(view), view.filter(), cutPoints(), clock.instant());
    }

    /** The overdue invoices and gates of the accounts a view shows. */
    public record Overdue(PortfolioReport report, List<OverdueInvoice> invoices, List<OverdueGate> gates) {
    }

    /** The tier cut points the Pareto chart of the portfolio marks. */
    public TierCutPoints cutPoints() {
        return settings.current().cutPoints();
    }

    public PortfolioReport report(View view) {
        return report(view, scope());
    }

    private PortfolioReport report(View view, AccountScope scope) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = view.asOf() == null ? today : view.asOf();
        if (asOf.isAfter(today)) {
            throw new DomainRuleViolation("asOf", Reason.IN_THE_FUTURE, "must not be in the future: the portfolio is "
                    + "known up to today, " + today);
        }
        Currency currency = view.currency() == null ? exchangeRates.reportingCurrency() : view.currency();
        DayConversion conversion = DayConversion.into(currency, exchangeRates.table(), asOf)
                .orElseThrow(() -> new DomainRuleViolation("currency", Reason.NO_EXCHANGE_RATE, "has no exchange rate "
                        + "into " + exchangeRates.reportingCurrency() + " valid on " + asOf + " to report in"));
        requireKnownManagers(view.filter().accountManagers());
        List<AccountFigures> accounts = figuresOn(scope, asOf, today, conversion, cadences.inForce()).stream()
                .filter(figures -> view.filter().admits(figures.facts()))
                .sorted(PortfolioReport.BY_VALUE)
                .toList();
        Set<Currency> converted = new HashSet<>();
        accounts.forEach(figures -> converted.addAll(figures.converted()));
        return new PortfolioReport(asOf, currency, accounts, conversion.ratesOf(converted));
    }

    /** The report and the longest overdue invoices and gates of its accounts, {@value #OVERDUE_LIST_SIZE} of each. */
    public Overdue overdue(View view) {
        AccountScope scope = scope();
        PortfolioReport report = report(view, scope);
        List<Long> shown = report.accounts().stream().map(figures -> figures.facts().id()).toList();
        if (shown.isEmpty()) {
            return new Overdue(report, List.of(), List.of());
        }
        boolean everyVisible = view.filter().isEmpty();
        return new Overdue(report, overdueInvoices(report, scope, shown, everyVisible),
                overdueGates(report, scope, shown, everyVisible));
    }

    /**
     * The longest overdue invoices. As of today, unpaid is simply no payment recorded (none is dated in the future),
     * which the partial index on the unpaid invoices' due days serves; another day needs the payments after it too.
     */
    private List<OverdueInvoice> overdueInvoices(PortfolioReport report, AccountScope scope, List<Long> shown,
                                                 boolean everyVisible) {
        boolean today = report.asOf().equals(LocalDate.now(clock));
        var query = em.createQuery("""
                        select a.id, a.name, p.id, p.name, i.number, i.amount, i.dueOn
                        from Invoice i join i.project p join p.owner a
                        where i.issuedOn <= :asOf and i.dueOn < :asOf"""
                        + (today ? " and i.paidOn is null" : " and (i.paidOn is null or i.paidOn > :asOf)")
                        + (everyVisible ? scope.and("a.id") : " and a.id in :shown")
                        + " order by i.dueOn, i.id", Object[].class)
                .setParameter("asOf", report.asOf())
                .setMaxResults(OVERDUE_LIST_SIZE);
        bindShown(everyVisible ? scope.bind(query) : query, shown, everyVisible);
        DayConversion conversion = DayConversion.into(report.currency(), exchangeRates.table(), report.asOf()).orElseThrow();
        return query.getResultStream().map(row -> {
            Money amount = (Money) row[5];
            LocalDate dueOn = (LocalDate) row[6];
            return new OverdueInvoice((Long) row[0], (String) row[1], (Long) row[2], (String) row[3], (String) row[4],
                    amount, conversion.convert(amount.currency(), amount.amount()), dueOn,
                    ChronoUnit.DAYS.between(dueOn, report.asOf()));
        }).toList();
    }

    /** The longest overdue gates; as of today, not passed is simply a state other than PASSED (as for invoices). */
    private List<OverdueGate> overdueGates(PortfolioReport report, AccountScope scope, List<Long> shown,
                                           boolean everyVisible) {
        boolean today = report.asOf().equals(LocalDate.now(clock));
        var query = em.createQuery("""
                        select a.id, a.name, p.id, p.name, g.code, p.phase, g.plannedOn
                        from Gate g join g.project p join p.owner a
                        where p.killed = false and p.phase <> :closed and g.plannedOn < :asOf"""
                        + (today ? " and g.state <> :passed" : " and not (g.state = :passed and g.actualOn <= :asOf)")
                        + (everyVisible ? scope.and("a.id") : " and a.id in :shown")
                        + " order by g.plannedOn, g.id", Object[].class)
                .setParameter("closed", Phase.CLOSED)
                .setParameter("passed", GateState.PASSED)
                .setParameter("asOf", report.asOf())
                .setMaxResults(OVERDUE_LIST_SIZE);
        bindShown(everyVisible ? scope.bind(query) : query, shown, everyVisible);
        return query.getResultStream().map(row -> {
            LocalDate plannedOn = (LocalDate) row[6];
            return new OverdueGate((Long) row[0], (String) row[1], (Long) row[2], (String) row[3], row[4].toString(),
                    (Phase) row[5], plannedOn, ChronoUnit.DAYS.between(plannedOn, report.asOf()));
        }).toList();
    }

    /** A filtered view names its accounts; an unfiltered one reads by scope rather than list thousands of ids. */
    private static void bindShown(Query query, List<Long> shown, boolean everyVisible) {
        if (!everyVisible) {
            query.setParameter("shown", shown);
        }
    }

    /** The day's figures from {@link KeptFigures}, those in scope. */
    private Collection<AccountFigures> figuresOn(AccountScope scope, LocalDate asOf, LocalDate today,
                                                 DayConversion conversion, VisitCadence cadence) {
        Map<Long, AccountFigures> everyAccount = keptFigures.of(asOf, today, conversion, cadence);
        if (scope.equals(AccountScope.ALL)) {
            return everyAccount.values();
        }
        return em.createQuery("select m.account.id from TeamMember m where m.user.username = :me", Long.class)
                .setParameter("me", scope.teamMember())
                .getResultStream().map(everyAccount::get).filter(Objects::nonNull).toList();
    }

    private AccountScope scope() {
        return currentUser.isPermitted(Permissions.READ_PORTFOLIO) ? AccountScope.ALL
                : AccountScope.teamsOf(currentUser.username());
    }

    /** A filter on a user who does not exist is a mistake worth naming, not an empty portfolio. */
    private void requireKnownManagers(Set<String> usernames) {
        if (usernames.isEmpty()) {
            return;
        }
        Collection<String> known = em.createQuery("select u.username from User u where u.username in :names", String.class)
                .setParameter("names", usernames)
                .getResultList();
        usernames.stream().filter(name -> !known.contains(name)).findFirst().ifPresent(unknown -> {
            throw new DomainRuleViolation("accountManager", Reason.UNKNOWN_REFERENCE, "is not a user: " + unknown);
        });
    }
}

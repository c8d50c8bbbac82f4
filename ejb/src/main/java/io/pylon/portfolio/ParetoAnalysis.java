package io.pylon.portfolio;

import io.pylon.account.Account;
import io.pylon.currency.ExchangeRate;
import io.pylon.currency.ExchangeRates;
import io.pylon.currency.RateTable;
import io.pylon.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Values every account and ranks the portfolio, in four statements whatever its size: the settings, the rates,
 * the accounts (as the columns the ranking shows, not as entities), and the opportunities summed per account and
 * currency.
 * <p>
 * An account's value is its contracted value (won opportunities, in full) plus its pipeline (open opportunities,
 * value times win probability, summed per currency and rounded half-even to the cent), each converted into the
 * reporting currency at the rate in force on the day. Amounts in a currency with no rate then are reported as
 * unconverted and left out of the value.
 * <p>
 * No security checks here: {@link Tiers} checks the caller; the nightly timer and the demo data run as the system.
 */
@Stateless
public class ParetoAnalysis {

    /** Who the history names for the placements nobody asked for. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRates exchangeRates;

    @Inject
    PortfolioFacts facts;

    private final Clock clock = Clock.systemUTC();

    /** What a placement of every account did. */
    public record Outcome(int accounts, int changed, Instant at) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ParetoReport analyse(LocalDate day) {
        TierSettings settings = em.find(TierSettings.class, TierSettings.ID);
        RateTable rates = exchangeRates.table();
        List<RankedAccount> accounts = em.createQuery("select " + RankedAccount.SELECTION + " from Account a",
                RankedAccount.class).getResultList();
        Map<Long, Holdings> holdings = facts.opportunities(AccountScope.ALL);

        Map<Long, RankedAccount> byId = new HashMap<>();
        List<AccountValue> values = new ArrayList<>(accounts.size());
        Set<ExchangeRate> ratesUsed = new LinkedHashSet<>();
        List<ParetoReport.Unconverted> unconverted = new ArrayList<>();
        for (RankedAccount account : accounts) {
            byId.put(account.id(), account);
            values.add(value(account, holdings.getOrDefault(account.id(), new Holdings()), rates, day, ratesUsed, unconverted));
        }
        List<ParetoReport.Entry> entries = Pareto.rank(values, settings.cutPoints()).stream()
                .map(placement -> new ParetoReport.Entry(byId.get(placement.account().accountId()), placement))
                .toList();
        List<ExchangeRate> used = ratesUsed.stream()
                .sorted(Comparator.comparing(rate -> rate.currency().getCurrencyCode()))
                .toList();
        return new ParetoReport(day, settings.reportingCurrency(), settings.cutPoints(), entries, used, unconverted);
    }

    /**
     * What one account is worth on {@code day} in the reporting currency, without the analysis of every
     * other account; values in a currency without a rate that day are left out.
     */
    public AccountValue valueOf(Account account, LocalDate day) {
        Holdings held = facts.opportunities(AccountScope.of(account.id())).getOrDefault(account.id(), new Holdings());
        return value(RankedAccount.of(account), held, exchangeRates.table(), day, new LinkedHashSet<>(), new ArrayList<>());
    }

    /** The account's holdings in the reporting currency, noting the rates used and what had none. */
    private static AccountValue value(RankedAccount account, Holdings held, RateTable rates, LocalDate day,
                                      Set<ExchangeRate> ratesUsed, List<ParetoReport.Unconverted> unconverted) {
        BigDecimal contracted = BigDecimal.ZERO;
        BigDecimal pipeline = BigDecimal.ZERO;
        for (Currency currency : held.currencies()) {
            Money won = held.contracted(currency);
            Money weighted = held.pipeline(currency);
            if (!currency.equals(rates.reportingCurrency()) && rates.rateOn(currency, day).isEmpty()) {
                unconverted.add(new ParetoReport.Unconverted(account, won, weighted));
                continue;
            }
            contracted = contracted.add(rates.convert(won, day).orElseThrow().to().amount());
            pipeline = pipeline.add(rates.convert(weighted, day).orElseThrow().to().amount());
            rates.rateOn(currency, day).ifPresent(ratesUsed::add);
        }
        return new AccountValue(account.id(), contracted, pipeline);
    }

    /**
     * Places every account in the tier the analysis of today gives it, recording each change as made by {@code by}.
     * Every account's computed tier is written, so here the accounts are loaded as entities, in one statement.
     */
    public Outcome placeAll(String by) {
        Instant now = clock.instant();
        ParetoReport report = analyse(today());
        Map<Long, Account> accounts = em.createQuery("select a from Account a", Account.class).getResultStream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        int changed = 0;
        for (ParetoReport.Entry entry : report.entries()) {
            var change = accounts.get(entry.account().id()).placeInTier(entry.placement().tier(), by, now);
            if (change.isPresent()) {
                em.persist(change.get());
                changed++;
            }
        }
        return new Outcome(report.entries().size(), changed, now);
    }
}

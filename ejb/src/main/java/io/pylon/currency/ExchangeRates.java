package io.pylon.currency;

import io.pylon.portfolio.TierSettings;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.NotFound;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Exchange rates into the reporting currency. A rate is entered for a currency and the day it takes effect, and
 * quoted in the reporting currency in force then; entering one for a day that has one already corrects it.
 */
@Stateless
public class ExchangeRates {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** What {@link #enter} did: the rate of the day, and whether the day had none before. */
    public record Entry(ExchangeRate rate, boolean created) {
    }

    /** Every rate, by currency, the newest first. */
    public List<ExchangeRate> all() {
        return em.createQuery("select r from ExchangeRate r order by r.quoteCurrency, r.currency, r.validFrom desc",
                ExchangeRate.class).getResultList();
    }

    /** The rate of currency into the reporting currency from the day on, new or corrected. */
    public Entry enter(Currency currency, LocalDate validFrom, BigDecimal rate) {
        requireAdministrator();
        Currency quote = reportingCurrency();
        Optional<ExchangeRate> existing = ofDay(currency, quote, validFrom);
        if (existing.isPresent()) {
            existing.get().correct(rate);
            return new Entry(existing.get(), false);
        }
        ExchangeRate entered = new ExchangeRate(currency, quote, validFrom, rate);
        em.persist(entered);
        return new Entry(entered, true);
    }

    public void remove(Currency currency, LocalDate validFrom) {
        requireAdministrator();
        em.remove(ofDay(currency, reportingCurrency(), validFrom)
                .orElseThrow(() -> new NotFound("exchange rate of " + currency + " from", validFrom)));
    }

    /** The rates into the reporting currency, to convert many amounts with. */
    public RateTable table() {
        Currency reporting = reportingCurrency();
        return RateTable.of(reporting, em.createQuery("select r from ExchangeRate r where r.quoteCurrency = :quote",
                ExchangeRate.class).setParameter("quote", reporting).getResultList());
    }

    /**
     * The amount in the reporting currency on the day (today when null); refused when its currency has no rate in
     * force then.
     */
    public Conversion convert(Money amount, LocalDate day) {
        RateTable table = table();
        LocalDate on = day == null ? LocalDate.now(ZoneOffset.UTC) : day;
        return table.convert(amount, on).orElseThrow(() -> new DomainRuleViolation("currency",
                Reason.NO_EXCHANGE_RATE, "has no exchange rate into " + table.reportingCurrency() + " valid on " + on));
    }

    private Optional<ExchangeRate> ofDay(Currency currency, Currency quote, LocalDate validFrom) {
        return em.createQuery("""
                        select r from ExchangeRate r
                        where r.currency = :currency and r.quoteCurrency = :quote and r.validFrom = :validFrom""",
                        ExchangeRate.class)
                .setParameter("currency", currency)
                .setParameter("quote", quote)
                .setParameter("validFrom", validFrom)
                .getResultStream()
                .findFirst();
    }

    public Currency reportingCurrency() {
        return em.find(TierSettings.class, TierSettings.ID).reportingCurrency();
    }

    private void requireAdministrator() {
        currentUser.require(Permissions.CHANGE_SETTINGS, "only administrators maintain exchange rates");
    }
}

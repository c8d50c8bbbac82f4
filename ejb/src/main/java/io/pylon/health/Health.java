package io.pylon.health;

import io.pylon.account.Accounts;
import io.pylon.currency.DayConversion;
import io.pylon.currency.ExchangeRates;
import io.pylon.portfolio.AccountFigures;
import io.pylon.portfolio.AccountScope;
import io.pylon.portfolio.PortfolioFacts;
import io.pylon.relationship.VisitCadences;
import io.pylon.scoring.WeightedScore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The health of an account, seen as the account is (404 outside its team): the {@link AccountHealth} of the facts
 * the portfolio reads, so the account page and the portfolio always agree. See {@link AccountHealth}.
 */
@Stateless
public class Health {

    @Inject
    Accounts accounts;

    @Inject
    PortfolioFacts portfolioFacts;

    @Inject
    ExchangeRates exchangeRates;

    @Inject
    VisitCadences cadences;

    private final Clock clock = Clock.systemUTC();

    public WeightedScore of(long accountId) {
        accounts.find(accountId);
        LocalDate today = LocalDate.now(clock);
        var facts = portfolioFacts.read(AccountScope.of(accountId), today, today).get(accountId);
        DayConversion conversion = DayConversion.into(exchangeRates.reportingCurrency(), exchangeRates.table(), today)
                .orElseThrow();
        return AccountFigures.of(facts, conversion, cadences.inForce()).health();
    }
}

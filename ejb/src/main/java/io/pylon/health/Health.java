package io.pylon.health;

import io.pylon.account.Account;
import io.pylon.account.Accounts;
import io.pylon.account.Surveys;
import io.pylon.portfolio.AccountValue;
import io.pylon.portfolio.ParetoAnalysis;
import io.pylon.portfolio.PortfolioSettings;
import io.pylon.project.Gates;
import io.pylon.relationship.FollowUps;
import io.pylon.scoring.WeightedScore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** The health of an account, seen as the account is (404 outside its team). See {@link AccountHealth}. */
@Stateless
public class Health {

    @Inject
    Accounts accounts;

    @Inject
    Surveys surveys;

    @Inject
    FollowUps followUps;

    @Inject
    ParetoAnalysis paretoAnalysis;

    @Inject
    PortfolioSettings portfolioSettings;

    @Inject
    Gates gates;

    public WeightedScore of(long accountId) {
        Account account = accounts.find(accountId);
        LocalDate today = followUps.today();
        FollowUps.OfAccount open = followUps.openOf(accountId);
        int overdue = (int) open.open().stream().filter(followUp -> followUp.isOverdue(today)).count();
        AccountValue value = paretoAnalysis.valueOf(account, today);
        return AccountHealth.of(surveys.trend(surveys.of(accountId)), open.open().size(), overdue, open.visit(),
                value.contracted(), value.pipeline(), portfolioSettings.current().reportingCurrency().getCurrencyCode(),
                gates.lateness(accountId));
    }
}

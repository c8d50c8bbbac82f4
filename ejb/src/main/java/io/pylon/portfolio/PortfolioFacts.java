package io.pylon.portfolio;

import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.account.SurveyScores;
import io.pylon.account.SurveyTrend;
import io.pylon.account.TeamRole;
import io.pylon.account.Tier;
import io.pylon.country.CountryProfile;
import io.pylon.health.GateLateness;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.project.GateState;
import io.pylon.project.Phase;
import io.pylon.relationship.InteractionKind;
import io.pylon.shared.CountryCode;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what the portfolio knows of the accounts in a scope on a day, one statement per kind of fact for every
 * account at once (twelve in all, thirteen for a day in the past), whatever the number of accounts and projects.
 * <p>
 * Dated facts are read as they stood at the end of the day: the tier (from the tier history), gates passed by then
 * (a gate passes on the day of its passing decision), the latest earned-value period ending by then, invoices
 * issued and not yet paid by then, surveys, follow-ups recorded and not completed, visits. Opportunities, the
 * projects' phases and killed projects are not dated and are read as they are now.
 * <p>
 * No security checks here: the services that use it decide the scope.
 */
@Stateless
public class PortfolioFacts {

    @PersistenceContext
    EntityManager em;

    public Map<Long, AccountFacts> read(AccountScope scope, LocalDate asOf, LocalDate today) {
        Map<Long, AccountFacts> accounts = accounts(scope);
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (asOf.isBefore(today)) {
            tiersThen(scope, endOfDay, accounts);
        }
        accountLeads(scope, accounts);
        opportunities(scope).forEach((id, held) -> ifRead(accounts, id).opportunities = held);
        earnedValue(scope, asOf, accounts);
        receivables(scope, asOf, accounts);
        projectsByPhase(scope, accounts);
        gatesOverdue(scope, asOf, accounts);
        nextGates(scope, asOf, accounts);
        surveys(scope, asOf, accounts);
        followUps(scope, asOf, endOfDay, accounts);
        lastVisits(scope, asOf, accounts);
        return accounts;
    }

    /**
     * The opportunities that count, summed per account and currency in one statement: won value, and open value
     * times win probability in percent. Grouping by stage too would double the groups the database aggregates for
     * the same answer.
     */
    public Map<Long, Holdings> opportunities(AccountScope scope) {
        Map<Long, Holdings> holdings = new LinkedHashMap<>();
        for (Object[] row : scope.bind(em.createQuery("""
                        select o.account.id, o.estimatedValue.currency,
                               sum(case when o.stage = :won then o.estimatedValue.amount else 0 end),
                               sum(case when o.stage = :won then 0
                                        else o.estimatedValue.amount * o.winProbabilityPercent end)
                        from Opportunity o
                        where o.stage <> :lost""" + scope.and("o.account.id") + """

                        group by o.account.id, o.estimatedValue.currency""", Object[].class))
                .setParameter("won", OpportunityStage.WON)
                .setParameter("lost", OpportunityStage.LOST)
                .getResultList()) {
            holdings.computeIfAbsent((Long) row[0], id -> new Holdings())
                    .hold((Currency) row[1], decimal(row[2]), decimal(row[3]));
        }
        return holdings;
    }

    /** The accounts, each with its country's profile (a second statement: a few hundred countries at most). */
    private Map<Long, AccountFacts> accounts(AccountScope scope) {
        Map<CountryCode, CountryProfile> countries = em.createQuery("select c from CountryProfile c", CountryProfile.class)
                .getResultStream().collect(Collectors.toMap(CountryProfile::country, Function.identity()));
        Map<Long, AccountFacts> accounts = new LinkedHashMap<>();
        for (Object[] row : scope.bind(em.createQuery("""
                        select a.id, a.name, a.country, a.sectors, a.classification, a.tier from Account a"""
                        + scope.where("a.id") + " order by a.id", Object[].class)).getResultList()) {
            @SuppressWarnings("unchecked")
            Set<Sector> sectors = (Set<Sector>) row[3];
            Optional<CountryProfile> country = Optional.ofNullable(countries.get((CountryCode) row[2]));
            accounts.put((Long) row[0], new AccountFacts((Long) row[0], (String) row[1], (CountryCode) row[2], sectors,
                    (Classification) row[4], (Tier) row[5], country.map(CountryProfile::region).orElse(null),
                    country.flatMap(CountryProfile::riskCategory).orElse(null)));
        }
        return accounts;
    }

    /** The tier an account had at the end of the day is the one its first change after it changed from. */
    private void tiersThen(AccountScope scope, Instant endOfDay, Map<Long, AccountFacts> accounts) {
        scope.bind(em.createQuery("""
                        select c.account.id, c.fromTier from TierChange c
                        where c.changedAt >= :after""" + scope.and("c.account.id") + """

                        order by c.changedAt desc, c.id desc""", Object[].class))
                .setParameter("after", endOfDay)
                .getResultStream()
                .forEach(row -> ifRead(accounts, (Long) row[0]).tierWas((Tier) row[1]));
    }

    private void accountLeads(AccountScope scope, Map<Long, AccountFacts> accounts) {
        scope.bind(em.createQuery("""
                        select m.account.id, m.user.username from TeamMember m
                        where m.teamRole = :lead""" + scope.and("m.account.id") + " order by m.user.username",
                        Object[].class))
                .setParameter("lead", TeamRole.ACCOUNT_LEAD)
                .getResultStream()
                .forEach(row -> ifRead(accounts, (Long) row[0]).ledBy((String) row[1]));
    }

    /** Each project's latest reporting period ending by the day, summed per account and currency. */
    private void earnedValue(AccountScope scope, LocalDate asOf, Map<Long, AccountFacts> accounts) {
        for (Object[] row : scope.bind(em.createQuery("""
                        select r.project.owner.id, r.currency, sum(r.earnedValue), sum(r.actualCost)
                        from ReportingPeriod r
                        where (r.project.id, r.periodEnd) in (
                            select latest.project.id, max(latest.periodEnd) from ReportingPeriod latest
                            where latest.periodEnd <= :asOf""" + scope.and("latest.project.owner.id")
                        + " group by latest.project.id)" + scope.and("r.project.owner.id")
                        + " group by r.project.owner.id, r.currency", Object[].class))
                .setParameter("asOf", asOf)
                .getResultList()) {
            AccountFacts account = ifRead(accounts, (Long) row[0]);
            account.earned.put((Currency) row[1], decimal(row[2]));
            account.actualCost.put((Currency) row[1], decimal(row[3]));
        }
    }

    /** Invoices issued by the day and not paid by then, and those of them past their due day. */
    private void receivables(AccountScope scope, LocalDate asOf, Map<Long, AccountFacts> accounts) {
        for (Object[] row : scope.bind(em.createQuery("""
                        select i.project.owner.id, i.amount.currency, sum(i.amount.amount),
                               sum(case when i.dueOn < :asOf then i.amount.amount else 0 end)
                        from Invoice i
                        where i.issuedOn <= :asOf and (i.paidOn is null or i.paidOn > :asOf)"""
                        + scope.and("i.project.owner.id") + " group by i.project.owner.id, i.amount.currency",
                        Object[].class))
                .setParameter("asOf", asOf)
                .getResultList()) {
            AccountFacts account = ifRead(accounts, (Long) row[0]);
            account.receivable.put((Currency) row[1], decimal(row[2]));
            account.overdueReceivable.put((Currency) row[1], decimal(row[3]));
        }
    }

    private void projectsByPhase(AccountScope scope, Map<Long, AccountFacts> accounts) {
        scope.bind(em.createQuery("""
                        select p.owner.id, p.phase, count(p) from Project p
                        where p.killed = false""" + scope.and("p.owner.id") + " group by p.owner.id, p.phase",
                        Object[].class))
                .getResultStream()
                .forEach(row -> ifRead(accounts, (Long) row[0]).projects((Phase) row[1], ((Number) row[2]).intValue()));
    }

    /** Gates of live projects planned before the day and not passed by then. */
    private void gatesOverdue(AccountScope scope, LocalDate asOf, Map<Long, AccountFacts> accounts) {
        scope.bind(em.createQuery("""
                        select g.project.owner.id, count(g) from Gate g
                        where g.project.killed = false and g.project.phase <> :closed and g.plannedOn < :asOf
                          and not (g.state = :passed and g.actualOn <= :asOf)""" + scope.and("g.project.owner.id")
                        + " group by g.project.owner.id", Object[].class))
                .setParameter("closed", Phase.CLOSED)
                .setParameter("passed", GateState.PASSED)
                .setParameter("asOf", asOf)
                .getResultStream()
                .forEach(row -> ifRead(accounts, (Long) row[0]).gatesOverdue(((Number) row[1]).intValue()));
    }

    /**
     * Per account, the next gates of its live projects that have a planned day (a project's next gate is its first
     * not passed by the day), how many of them are past it and by how many days in all.
     */
    private void nextGates(AccountScope scope, LocalDate asOf, Map<Long, AccountFacts> accounts) {
        scope.bind(em.createQuery("""
                        select g.project.owner.id, count(g),
                               sum(case when g.plannedOn < :asOf then 1 else 0 end),
                               sum(case when g.plannedOn < :asOf then (:asOf - g.plannedOn) by day else 0 end)
                        from Gate g
                        where g.project.killed = false and g.plannedOn is not null
                          and (g.project.id, g.code) in (
                              select next.project.id, min(next.code) from Gate next
                              where not (next.state = :passed and next.actualOn <= :asOf)"""
                        + scope.and("next.project.owner.id") + " group by next.project.id)" + scope.and("g.project.owner.id") + " group by g.project.owner.id", Object[].class))
                .setParameter("passed", GateState.PASSED)
                .setParameter("asOf", asOf)
                .getResultStream()
                .forEach(row -> ifRead(accounts, (Long) row[0]).nextGates(new GateLateness(((Number) row[1]).intValue(),
                        ((Number) row[2]).intValue(), ((Number) row[3]).longValue())));
    }

    private void surveys(AccountScope scope, LocalDate asOf, Map<Long, AccountFacts> accounts) {
        scope.bind(em.createQuery("""
                        select s.account.id, s.surveyedOn, s.scores from SatisfactionSurvey s
                        where s.surveyedOn <= :asOf""" + scope.and("s.account.id"), Object[].class))
                .setParameter("asOf", asOf)
                .getResultStream()
                .forEach(row -> ifRead(accounts, (Long) row[0])
                        .surveyed(new SurveyTrend.Point((LocalDate) row[1], (SurveyScores) row[2])));
    }

    /** Follow-ups recorded by the end of the day and not completed by then, and those of them past their due day. */
    private void followUps(AccountScope scope, LocalDate asOf, Instant endOfDay, Map<Long, AccountFacts> accounts) {
        scope.bind(em.createQuery("""
                        select f.interaction.account.id, count(f), sum(case when f.dueOn < :asOf then 1 else 0 end)
                        from FollowUp f
                        where f.interaction.recordedAt < :endOfDay
                          and (f.completedAt is null or f.completedAt >= :endOfDay)"""
                        + scope.and("f.interaction.account.id") + " group by f.interaction.account.id", Object[].class))
                .setParameter("asOf", asOf)
                .setParameter("endOfDay", endOfDay)
                .getResultStream()
                .forEach(row -> ifRead(accounts, (Long) row[0]).followUps(((Number) row[1]).intValue(),
                        ((Number) row[2]).intValue()));
    }

    private void lastVisits(AccountScope scope, LocalDate asOf, Map<Long, AccountFacts> accounts) {
        scope.bind(em.createQuery("""
                        select i.account.id, max(i.occurredOn) from Interaction i
                        where i.kind = :visit and i.occurredOn <= :asOf""" + scope.and("i.account.id")
                        + " group by i.account.id", Object[].class))
                .setParameter("visit", InteractionKind.VISIT)
                .setParameter("asOf", asOf)
                .getResultStream()
                .forEach(row -> ifRead(accounts, (Long) row[0]).lastVisit((LocalDate) row[1]));
    }

    /**
     * The facts of an account read in the first statement; one added between the statements (and so not in the
     * first) collects its facts in a throwaway, left out of the answer.
     */
    private static AccountFacts ifRead(Map<Long, AccountFacts> accounts, long id) {
        AccountFacts account = accounts.get(id);
        return account != null ? account
                : new AccountFacts(id, null, null, Set.of(), null, Tier.C, null, null);
    }

    /** A sum as the database returns it; an integer literal in a case expression may make it any Number. */
    private static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal decimal ? decimal : new BigDecimal(sum.toString());
    }
}

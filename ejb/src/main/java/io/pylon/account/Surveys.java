package io.pylon.account;

import io.pylon.security.CurrentUser;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Satisfaction surveys of an agency, and the trend they show. Seen and recorded as the account is. */
@Stateless
public class Surveys {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    private final Clock clock = Clock.systemUTC();

    /** The surveys of an account, oldest first. */
    public List<SatisfactionSurvey> of(long accountId) {
        accounts.find(accountId);
        return em.createQuery("""
                        select s from SatisfactionSurvey s where s.account.id = :account
                        order by s.surveyedOn, s.id""", SatisfactionSurvey.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    public SurveyTrend trend(List<SatisfactionSurvey> surveys) {
        return SurveyTrend.of(surveys.stream()
                .map(survey -> new SurveyTrend.Point(survey.surveyedOn(), survey.scores()))
                .toList(), LocalDate.now(clock));
    }

    public SatisfactionSurvey record(long accountId, LocalDate surveyedOn, String respondent, SurveyScores scores,
                                     String comment) {
        Account account = accounts.find(accountId);
        currentUser.requireWriter(accountId);
        if (surveyedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainRuleViolation("surveyedOn", Reason.IN_THE_FUTURE, "must not be in the future");
        }
        SatisfactionSurvey survey = new SatisfactionSurvey(account, surveyedOn, respondent, scores, comment,
                currentUser.username());
        em.persist(survey);
        return survey;
    }
}

package io.pylon.scoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Rescores every account each night, and once at start-up when no account has a score yet (a new
 * or demo database, or one that just got scoring).
 * <p>
 * The timer is not persistent: a persistent one lives in Payara's timer database and, missed
 * while the server was down, fires again at start, while a nightly recomputation needs no
 * catching up (the next night recomputes everything anyway). Each instance of a cluster runs its
 * own; the chunks lock the weightings, so concurrent runs write one after the other.
 */
@Singleton
@Startup
@DependsOn("FirstUsers")
public class ScoringSchedule {

    static final String HOUR = "2";
    static final String MINUTE = "30";

    @Inject
    ScoringRuns runs;

    @Resource
    TimerService timerService;

    @PersistenceContext
    EntityManager em;

    /** The nightly timer as the container holds it. */
    public record NightlyRun(String hour, String minute, boolean persistent, Instant next) {
    }

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scoreIfNeverScored() {
        boolean unscored = em.createQuery("select count(s) from AccountScore s", Long.class).getSingleResult() == 0;
        if (unscored) {
            runs.scoreAll();
        }
    }

    @Schedule(hour = HOUR, minute = MINUTE, persistent = false, info = "nightly account scoring")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        runs.scoreAll();
    }

    /** The timers of this bean: the nightly run, as the container scheduled it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<NightlyRun> timers() {
        return timerService.getTimers().stream().map(ScoringSchedule::describe).toList();
    }

    private static NightlyRun describe(Timer timer) {
        ScheduleExpression schedule = timer.getSchedule();
        return new NightlyRun(schedule.getHour(), schedule.getMinute(), timer.isPersistent(),
                timer.getNextTimeout().toInstant());
    }
}

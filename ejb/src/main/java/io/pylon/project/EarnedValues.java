package io.pylon.project;

import io.pylon.security.CurrentUser;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project's earned value, period by period. Whoever sees the project reads it; those who review its gates (the
 * owner account's writers and the executives) record it.
 */
@Stateless
public class EarnedValues {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Projects projects;

    @Inject
    Gates gates;

    private final Clock clock = Clock.systemUTC();

    /** What {@link #record} did: the period, and whether it is new. */
    public record Recorded(ReportingPeriod period, boolean created) {
    }

    /** The project's periods, oldest first, in one statement. */
    public List<ReportingPeriod> of(long projectId) {
        projects.find(projectId);
        return em.createQuery("select r from ReportingPeriod r where r.project.id = :project order by r.periodEnd",
                        ReportingPeriod.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    /** Records the period ending on {@code periodEnd}, or corrects it if it was recorded before. */
    public Recorded record(long projectId, LocalDate periodEnd, EarnedValue values) {
        Project project = gates.reviewable(projectId, "record a project's earned value");
        Optional<ReportingPeriod> existing = em.createQuery("""
                        select r from ReportingPeriod r where r.project.id = :project and r.periodEnd = :end""",
                        ReportingPeriod.class)
                .setParameter("project", projectId)
                .setParameter("end", periodEnd)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            existing.get().correct(values, currentUser.username(), clock.instant());
            return new Recorded(existing.get(), false);
        }
        ReportingPeriod period = new ReportingPeriod(project, periodEnd, values, currentUser.username(), clock.instant());
        em.persist(period);
        return new Recorded(period, true);
    }
}

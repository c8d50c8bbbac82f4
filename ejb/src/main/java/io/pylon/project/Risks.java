package io.pylon.project;

import io.pylon.audit.Change;
import io.pylon.audit.History;
import io.pylon.security.CurrentUser;
import io.pylon.shared.Conflict;
import io.pylon.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A project's risk register. Whoever sees the project reads it; those who review its gates (the owner account's
 * writers and the executives) raise and revise risks.
 */
@Stateless
public class Risks {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Projects projects;

    @Inject
    Gates gates;

    private final Clock clock = Clock.systemUTC();

    /** The project's risks, highest score first, only those in {@code status} when it is given; one statement. */
    public List<Risk> of(long projectId, RiskStatus status) {
        projects.find(projectId);
        TypedQuery<Risk> risks = em.createQuery("select r from Risk r where r.project.id = :project"
                        + (status == null ? "" : " and r.status = :status")
                        + " order by r.rating.probability * r.rating.impact desc, r.number", Risk.class)
                .setParameter("project", projectId);
        if (status != null) {
            risks.setParameter("status", status);
        }
        return risks.getResultList();
    }

    public Risk find(long projectId, long riskId) {
        projects.find(projectId);
        return visible(projectId, riskId);
    }

    /** Adds a risk to the register under the next number of the project. */
    public Risk raise(long projectId, RiskDetails details) {
        Project project = writable(projectId);
        // Numbers are handed out one at a time per project: the lock makes a second raise wait for the first.
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        int number = em.createQuery("select coalesce(max(r.number), 0) from Risk r where r.project = :project",
                        Integer.class)
                .setParameter("project", project)
                .getSingleResult() + 1;
        Risk risk = new Risk(project, number, details, currentUser.username(), clock.instant());
        em.persist(risk);
        return risk;
    }

    /** Revises the risk from the version the caller read. */
    public Risk revise(long projectId, long riskId, long expectedVersion, RiskDetails details) {
        writable(projectId);
        Risk risk = visible(projectId, riskId);
        if (risk.version() != expectedVersion) {
            throw Conflict.staleVersion("risk " + risk.reference(), expectedVersion, risk.version());
        }
        risk.revise(details, currentUser.username(), clock.instant());
        return risk;
    }

    /** The heat map of the project's open risks, counted by the database in one statement. */
    public RiskHeatMap heatMap(long projectId) {
        projects.find(projectId);
        Map<RiskRating, Long> counts = em.createQuery("""
                        select r.rating.probability, r.rating.impact, count(r) from Risk r
                        where r.project.id = :project and r.status = :open
                        group by r.rating.probability, r.rating.impact""", Object[].class)
                .setParameter("project", projectId)
                .setParameter("open", RiskStatus.OPEN)
                .getResultStream()
                .collect(Collectors.toMap(row -> new RiskRating((Integer) row[0], (Integer) row[1]), row -> (Long) row[2]));
        return RiskHeatMap.of(counts);
    }

    /** Every revision of the risk, oldest first: who raised it, who changed what, when. */
    public List<Change<Risk>> history(long projectId, long riskId) {
        find(projectId, riskId);
        return History.of(em, Risk.class, riskId, state -> { });
    }

    private Project writable(long projectId) {
        return gates.reviewable(projectId, "keep a project's risk register");
    }

    private Risk visible(long projectId, long riskId) {
        Risk risk = em.find(Risk.class, riskId);
        if (risk == null || !risk.project().id().equals(projectId)) {
            throw new NotFound("risk", riskId);
        }
        return risk;
    }
}

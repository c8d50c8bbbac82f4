package io.pylon.project;

import io.pylon.security.CurrentUser;
import io.pylon.shared.Conflict;
import io.pylon.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A project's milestones, and the project's slippage that its gates and milestones give. Whoever sees the project
 * reads them; those who review its gates (the owner account's writers and the executives) add, change and remove
 * them.
 */
@Stateless
public class Milestones {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Projects projects;

    @Inject
    Gates gates;

    private final Clock clock = Clock.systemUTC();

    /** A milestone as a client describes it; {@code reachedOn} null while it is not reached. */
    public record Draft(String name, Phase phase, LocalDate plannedOn, LocalDate reachedOn) {
    }

    /** The project's milestones by planned day, in one statement. */
    public List<Milestone> of(long projectId) {
        projects.find(projectId);
        return milestonesOf(projectId);
    }

    /** A project the signed-in user sees, and how late it is ({@link Project#slippageDays}). */
    public record Slipped(Project project, Optional<Long> slippageDays) {
    }

    public Slipped slippageOf(long projectId) {
        Project project = projects.find(projectId);
        return new Slipped(project, project.slippageDays(milestonesOf(projectId), gates.today()));
    }

    public Milestone add(long projectId, Draft draft) {
        Project project = reviewable(projectId);
        Instant now = clock.instant();
        Milestone milestone = new Milestone(project, draft.name(), draft.phase(), draft.plannedOn(),
                currentUser.username(), now);
        reachOrReopen(milestone, draft.reachedOn(), now);
        em.persist(milestone);
        return milestone;
    }

    /** Changes the milestone from the version the client read (409 when stale). */
    public Milestone change(long projectId, long milestoneId, long expectedVersion, Draft draft) {
        Milestone milestone = find(reviewable(projectId), milestoneId, expectedVersion);
        Instant now = clock.instant();
        String by = currentUser.username();
        milestone.describe(draft.name(), draft.phase(), by, now);
        milestone.replan(draft.plannedOn(), by, now);
        reachOrReopen(milestone, draft.reachedOn(), now);
        return milestone;
    }

    public void remove(long projectId, long milestoneId, long expectedVersion) {
        em.remove(find(reviewable(projectId), milestoneId, expectedVersion));
    }

    public LocalDate today() {
        return gates.today();
    }

    private void reachOrReopen(Milestone milestone, LocalDate reachedOn, Instant now) {
        if (reachedOn == null) {
            milestone.reopen(currentUser.username(), now);
        } else {
            milestone.reach(reachedOn, gates.today(), currentUser.username(), now);
        }
    }

    private List<Milestone> milestonesOf(long projectId) {
        return em.createQuery("""
                        select m from Milestone m where m.project.id = :project order by m.plannedOn, m.id""",
                        Milestone.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    private Project reviewable(long projectId) {
        return gates.reviewable(projectId, "plan a project's milestones");
    }

    /** A milestone of the project; one of another project is missing. */
    private Milestone find(Project project, long milestoneId, long expectedVersion) {
        Milestone milestone = em.find(Milestone.class, milestoneId);
        if (milestone == null || !milestone.project().id().equals(project.id())) {
            throw new NotFound("milestone", milestoneId);
        }
        if (milestone.version() != expectedVersion) {
            throw Conflict.staleVersion("milestone " + milestoneId, expectedVersion, milestone.version());
        }
        return milestone;
    }
}

package io.pylon.project;

import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.security.Role;
import io.pylon.shared.Conflict;
import io.pylon.shared.Forbidden;
import io.pylon.shared.NotFound;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gate reviews: a project's gates with their criteria, the review of each criterion, waivers and decisions. Whoever
 * sees the project sees its gates. Its owner account's writers and the executives review the criteria; only the
 * roles a gate names decide it and waive its must-meet criteria, and of those only the owner account's team or an
 * executive.
 */
@Stateless
public class Gates {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Projects projects;

    private final Clock clock = Clock.systemUTC();

    /** The project's gates in order with their criteria and deciders, in three statements whatever their number. */
    public List<Gate> of(long projectId) {
        projects.find(projectId);
        List<Gate> gates = em.createQuery("""
                        select distinct g from Gate g left join fetch g.criteria
                        where g.project.id = :project order by g.code""", Gate.class)
                .setParameter("project", projectId)
                .getResultList();
        if (!gates.isEmpty()) {
            em.createQuery("select distinct g from Gate g left join fetch g.deciders where g in :gates", Gate.class)
                    .setParameter("gates", gates)
                    .getResultList();
        }
        return gates;
    }

    /** The decisions taken at the gate, oldest first, with their conditions. */
    public List<GateDecision> decisions(long projectId, long gateId) {
        Gate gate = find(projectId, gateId);
        return em.createQuery("""
                        select distinct d from GateDecision d left join fetch d.conditions
                        where d.gate = :gate order by d.decidedAt, d.id""", GateDecision.class)
                .setParameter("gate", gate)
                .getResultList();
    }

    /**
     * Decides the gate. Every decision raises the gate's version, so of two decisions taken at once on the same
     * gate, exactly one is stored and the other is refused as stale (409).
     */
    public GateDecision decide(long projectId, long gateId, Decision decision, String rationale,
                               List<GateCondition> conditions) {
        Gate gate = find(projectId, gateId);
        requireDecider(gate, "decide");
        em.lock(gate, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        GateDecision decided = gate.decide(decision, rationale, conditions, currentUser.username(), clock.instant());
        em.persist(decided);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new Conflict(null, Reason.STALE_VERSION, gate.code() + " was decided by someone else meanwhile");
        }
        return decided;
    }

    /** Records the review of one criterion (MET, NOT_MET, OPEN; a score 0-5 for a should-meet one). */
    public GateCriterion assess(long projectId, long gateId, long criterionId, long expectedVersion,
                                CriterionStatus status, Integer score, String note) {
        GateCriterion criterion = criterion(projectId, gateId, criterionId, expectedVersion);
        Project project = criterion.gate().project();
        if (!currentUser.isPermitted(Permissions.writeAccount(project.owner().id()))
                && !currentUser.hasAnyRole(Set.of(Role.EXECUTIVE))) {
            throw new Forbidden("only the owner account's team and executives review a project's gates");
        }
        criterion.assess(status, score, note, currentUser.username(), clock.instant());
        return criterion;
    }

    /** Waives a must-meet criterion for a written reason; only the roles that decide the gate do. */
    public GateCriterion waive(long projectId, long gateId, long criterionId, long expectedVersion, String reason) {
        GateCriterion criterion = criterion(projectId, gateId, criterionId, expectedVersion);
        requireDecider(criterion.gate(), "waive its criteria");
        criterion.waive(reason, currentUser.username(), clock.instant());
        return criterion;
    }

    private GateCriterion criterion(long projectId, long gateId, long criterionId, long expectedVersion) {
        Gate gate = find(projectId, gateId);
        GateCriterion criterion = em.find(GateCriterion.class, criterionId);
        if (criterion == null || !criterion.gate().id().equals(gate.id())) {
            throw new NotFound("criterion", criterionId);
        }
        if (criterion.version() != expectedVersion) {
            throw Conflict.staleVersion("criterion " + criterionId, expectedVersion, criterion.version());
        }
        return criterion;
    }

    private Gate find(long projectId, long gateId) {
        Project project = projects.find(projectId);
        Gate gate = em.find(Gate.class, gateId);
        if (gate == null || !gate.project().id().equals(project.id())) {
            throw new NotFound("gate", gateId);
        }
        return gate;
    }

    private void requireDecider(Gate gate, String what) {
        boolean onTheTeam = currentUser.isPermitted(Permissions.writeAccount(gate.project().owner().id()))
                || currentUser.hasAnyRole(Set.of(Role.EXECUTIVE));
        if (!onTheTeam || !currentUser.hasAnyRole(gate.deciders())) {
            throw new Forbidden("only " + gate.deciders().stream().map(Role::name).sorted()
                    .collect(Collectors.joining(", ")) + " on the owner account's team " + what + " at " + gate.code());
        }
    }
}

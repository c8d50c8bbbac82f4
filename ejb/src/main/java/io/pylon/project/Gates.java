package io.pylon.project;

import io.pylon.account.TeamRole;
import io.pylon.audit.Change;
import io.pylon.audit.History;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.security.Role;
import io.pylon.security.User;
import io.pylon.security.Users;
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
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.query.AuditEntity;

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

    @Inject
    Users users;

    private static final String REVIEW_GATES = "review and plan a project's gates";

    private final Clock clock = Clock.systemUTC();

    /**
     * A project's gates in order, what the signed-in user may do with them, their evidence, and the conditional GOs
     * taken at them with those of their conditions that were met.
     */
    public record ProjectGates(List<Gate> gates, Rights rights, List<Evidence> evidence,
                               List<GateDecision> conditionalGos, List<ConditionMet> conditionsMet) {
    }

    /**
     * The project's gates in order with their criteria, deciders, evidence and the conditions of their conditional
     * GOs, in six statements whatever their number, and the caller's rights on them.
     */
    public ProjectGates of(long projectId) {
        Project project = projects.find(projectId);
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
        List<Evidence> evidence = em.createQuery("""
                        select e from Evidence e join fetch e.criterion c
                        where c.gate.project.id = :project order by e.uploadedAt, e.id""", Evidence.class)
                .setParameter("project", projectId)
                .getResultList();
        List<GateDecision> conditionalGos = em.createQuery("""
                        select distinct d from GateDecision d join fetch d.conditions
                        where d.gate.project.id = :project and d.decision = :conditional
                        order by d.decidedAt, d.id""", GateDecision.class)
                .setParameter("project", projectId)
                .setParameter("conditional", Decision.CONDITIONAL_GO)
                .getResultList();
        List<ConditionMet> met = em.createQuery(
                        "select c from ConditionMet c join fetch c.decision d where d.gate.project.id = :project",
                        ConditionMet.class)
                .setParameter("project", projectId)
                .getResultList();
        return new ProjectGates(gates, rightsOn(project), evidence, conditionalGos, met);
    }

    /** The decisions taken at the gate, oldest first, with their conditions. */
    public List<GateDecision> decisions(long projectId, long gateId) {
        return decisionsAt(find(projectId, gateId));
    }

    private List<GateDecision> decisionsAt(Gate gate) {
        return em.createQuery("""
                        select distinct d from GateDecision d left join fetch d.conditions
                        where d.gate = :gate order by d.decidedAt, d.id""", GateDecision.class)
                .setParameter("gate", gate)
                .getResultList();
    }

    /** The files attached to the gate's criteria, oldest first, without their bytes. */
    private List<Evidence> evidenceAt(Gate gate) {
        return em.createQuery("""
                        select e from Evidence e join fetch e.criterion c
                        where c.gate = :gate order by e.uploadedAt, e.id""", Evidence.class)
                .setParameter("gate", gate)
                .getResultList();
    }

    /** The conditions met of the decisions taken at the gate. */
    public List<ConditionMet> conditionsMet(long projectId, long gateId) {
        return conditionsMet(find(projectId, gateId));
    }

    private List<ConditionMet> conditionsMet(Gate gate) {
        return em.createQuery("""
                        select c from ConditionMet c join fetch c.decision d
                        where d.gate = :gate order by c.metAt, c.id""", ConditionMet.class)
                .setParameter("gate", gate)
                .getResultList();
    }

    /**
     * Records that a condition of a conditional GO taken at the gate was met, with a note; those who review the
     * gate's criteria do. A condition is met once: again is a conflict, even when two try at once.
     */
    public ConditionMet meet(long projectId, long gateId, long decisionId, int position, String note) {
        Gate gate = find(projectId, gateId);
        requireReviewer(gate.project(), REVIEW_GATES);
        GateDecision decision = em.find(GateDecision.class, decisionId);
        if (decision == null || !decision.gate().id().equals(gate.id())) {
            throw new NotFound("decision", decisionId);
        }
        if (position < 0 || position >= decision.conditions().size()) {
            throw new NotFound("condition", position);
        }
        em.createQuery("select c from ConditionMet c where c.decision = :decision and c.position = :position",
                        ConditionMet.class)
                .setParameter("decision", decision)
                .setParameter("position", position)
                .getResultStream()
                .findFirst()
                .ifPresent(met -> {
                    throw new Conflict("position", Reason.DUPLICATE, "the condition was met already, by " + met.metBy()
                            + " at " + met.metAt());
                });
        ConditionMet met = decision.meet(position, note, currentUser.username(), clock.instant());
        em.persist(met);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new Conflict("position", Reason.DUPLICATE, "the condition was met by someone else meanwhile");
        }
        return met;
    }

    /** What was done at a gate, for its history: each kind in one statement, whatever their number. */
    public record GateHistory(List<Change<GateCriterion>> criteria, List<GateDecision> decisions,
                              List<ConditionMet> conditionsMet, List<Evidence> evidence) {
    }

    /**
     * Every audited change of the gate's criteria (one Envers query for all of them), its decisions with their
     * conditions, the conditions met and the evidence attached.
     */
    public GateHistory history(long projectId, long gateId) {
        Gate gate = find(projectId, gateId);
        List<Change<GateCriterion>> criteria = History.of(em, GateCriterion.class,
                AuditEntity.relatedId("gate").eq(gate.id()), criterion -> { });
        return new GateHistory(criteria, decisionsAt(gate), conditionsMet(gate), evidenceAt(gate));
    }

    /**
     * The gate's review sheet as a PDF, for whoever sees the project: the gate with its criteria and deciders, the
     * evidence files' details (not their bytes), the decisions and the people named in them, in a fixed number of
     * statements however many criteria, files and decisions there are.
     */
    public byte[] reviewPdf(long projectId, long gateId) {
        Gate gate = find(projectId, gateId);
        em.createQuery("select g from Gate g left join fetch g.criteria where g = :gate", Gate.class)
                .setParameter("gate", gate)
                .getSingleResult();
        em.createQuery("select g from Gate g left join fetch g.deciders where g = :gate", Gate.class)
                .setParameter("gate", gate)
                .getSingleResult();
        List<Evidence> evidence = evidenceAt(gate);
        List<GateDecision> decisions = decisionsAt(gate);
        Set<String> usernames = new HashSet<>();
        gate.criteria().stream().map(GateCriterion::changedBy).filter(Objects::nonNull).forEach(usernames::add);
        evidence.forEach(file -> usernames.add(file.uploadedBy()));
        decisions.forEach(decision -> usernames.add(decision.decidedBy()));
        Map<String, User> people = usernames.isEmpty() ? Map.of() : em.createQuery("""
                        select distinct u from User u left join fetch u.roles where u.username in :usernames""",
                        User.class)
                .setParameter("usernames", usernames)
                .getResultStream()
                .collect(Collectors.toMap(User::username, Function.identity()));
        return GateReviewPdf.of(new GateReview(gate, evidence, decisions, people, today()));
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

    /** How far ahead "my gates" looks for gates coming due. */
    public static final int DUE_WITHIN_DAYS = 30;

    /**
     * The signed-in user's gates: the next gate of each live project on the accounts where they lead projects (team
     * role PROJECT_LEAD), planned for the next {@value #DUE_WITHIN_DAYS} days or overdue, the most overdue first.
     * Two statements however many there are.
     */
    public List<Gate> mine() {
        LocalDate today = today();
        List<Gate> candidates = em.createQuery("""
                        select g from Gate g join fetch g.project p join fetch p.owner
                        where p.killed = false and g.state <> :passed and g.plannedOn <= :horizon
                          and exists (select m.id from TeamMember m where m.account = p.owner
                                      and m.user.username = :username and m.teamRole = :lead)
                        order by g.plannedOn, g.id""", Gate.class)
                .setParameter("passed", GateState.PASSED)
                .setParameter("horizon", today.plusDays(DUE_WITHIN_DAYS))
                .setParameter("username", currentUser.username())
                .setParameter("lead", TeamRole.PROJECT_LEAD)
                .getResultList();
        return candidates.stream().filter(gate -> gate.project().nextGate().filter(gate.code()::equals).isPresent())
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Plans the gate for a day (null clears it), from the version of the gate read; the owner's team and executives do. */
    public Gate plan(long projectId, long gateId, long expectedVersion, LocalDate day) {
        Gate gate = find(projectId, gateId);
        requireReviewer(gate.project(), REVIEW_GATES);
        if (gate.version() != expectedVersion) {
            throw Conflict.staleVersion("gate " + gate.code(), expectedVersion, gate.version());
        }
        gate.project().plan(gate.code(), day);
        return loaded(gate);
    }

    /** Loads what the caller reads of the gate after the transaction: its deciders and criteria (size() loads each). */
    private static Gate loaded(Gate gate) {
        gate.deciders().size();
        gate.criteria().size();
        return gate;
    }

    /** Records the review of one criterion (MET, NOT_MET, OPEN; a score 0-5 for a should-meet one). */
    public GateCriterion assess(long projectId, long gateId, long criterionId, long expectedVersion,
                                CriterionStatus status, Integer score, String note) {
        GateCriterion criterion = criterion(projectId, gateId, criterionId, expectedVersion);
        requireReviewer(criterion.gate().project(), REVIEW_GATES);
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

    /** A criterion of the gate the signed-in user may review (attach evidence to, for one). */
    public GateCriterion reviewable(long projectId, long gateId, long criterionId) {
        GateCriterion criterion = criterion(projectId, gateId, criterionId);
        requireReviewer(criterion.gate().project(), REVIEW_GATES);
        return criterion;
    }

    private GateCriterion criterion(long projectId, long gateId, long criterionId) {
        Gate gate = find(projectId, gateId);
        GateCriterion criterion = em.find(GateCriterion.class, criterionId);
        if (criterion == null || !criterion.gate().id().equals(gate.id())) {
            throw new NotFound("criterion", criterionId);
        }
        return criterion;
    }

    private GateCriterion criterion(long projectId, long gateId, long criterionId, long expectedVersion) {
        GateCriterion criterion = criterion(projectId, gateId, criterionId);
        if (criterion.version() != expectedVersion) {
            throw Conflict.staleVersion("criterion " + criterionId, expectedVersion, criterion.version());
        }
        return criterion;
    }

    /** The gate of a project the signed-in user sees; a gate of another project is missing. */
    public Gate find(long projectId, long gateId) {
        Project project = projects.find(projectId);
        Gate gate = em.find(Gate.class, gateId);
        if (gate == null || !gate.project().id().equals(project.id())) {
            throw new NotFound("gate", gateId);
        }
        return gate;
    }

    /**
     * What the signed-in user may do with a project's gates, found once for all of them: review and plan them (its
     * owner account's writers and the executives), and decide those that name one of their roles.
     */
    public record Rights(boolean review, Set<Role> roles) {

        public boolean decides(Gate gate) {
            return review && gate.deciders().stream().anyMatch(roles::contains);
        }
    }

    public Rights rightsOn(Project project) {
        Set<Role> roles = users.byUsername(currentUser.username()).map(User::roles).orElse(Set.of());
        boolean review = roles.contains(Role.EXECUTIVE)
                || currentUser.isPermitted(Permissions.writeAccount(project.owner().id()));
        return new Rights(review, roles);
    }

    /**
     * The project, if the caller reviews it: its owner account's writers and the executives do, who also keep its
     * records (earned value, milestones, risks); {@code what} they do, for the refusal.
     */
    public Project reviewable(long projectId, String what) {
        Project project = projects.find(projectId);
        requireReviewer(project, what);
        return project;
    }

    private void requireReviewer(Project project, String what) {
        if (!rightsOn(project).review()) {
            throw new Forbidden("only the owner account's team and executives " + what);
        }
    }

    private void requireDecider(Gate gate, String what) {
        if (!rightsOn(gate.project()).decides(gate)) {
            throw new Forbidden("only " + gate.deciders().stream().map(Role::name).sorted()
                    .collect(Collectors.joining(", ")) + " on the owner account's team " + what + " at " + gate.code());
        }
    }
}

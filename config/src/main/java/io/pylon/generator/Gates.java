package io.pylon.generator;

import io.pylon.account.Sector;
import io.pylon.project.ContractType;
import io.pylon.project.CriterionKind;
import io.pylon.project.CriterionStatus;
import io.pylon.project.CriterionTemplate;
import io.pylon.project.Decision;
import io.pylon.project.GateCode;
import io.pylon.project.GateState;
import io.pylon.project.GateTemplate;
import io.pylon.project.GateTemplates;
import io.pylon.security.Role;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gates G0 to G5 of every project with their deciding roles and criteria, from {@link GateTemplates#defaults} for
 * its sector and contract type as a project Pylon starts copies them; and the decisions taken so far. A passed gate was
 * decided GO on the day it passed (a tenth of G1-G5 CONDITIONAL_GO with a condition due 60 days later, most met; one
 * in twenty held for a month first), every must-meet criterion met (3 % waived) and every should-meet one scored. At
 * the next gate half the criteria are met and a tenth not met so far; a project on hold or killed there was decided
 * so. The gates ahead are open. Deciders and reviewers are the account's team member in the gate's working role.
 */
final class Gates {

    private static final double CONDITIONAL_SHARE = 0.10;
    private static final double HELD_FIRST_SHARE = 0.05;
    private static final double WAIVED_SHARE = 0.03;
    private static final int CONDITION_DAYS = 60;

    /** A decision at a gate; the condition's due and met days only for a CONDITIONAL_GO, the met day if it was. */
    record DecisionPlan(GateCode gate, Decision decision, LocalDate on, String rationale, LocalDate conditionDue,
                        LocalDate conditionMet) {
    }

    private record Review(CriterionStatus status, Integer score, LocalDate on) {
    }

    private final Today today;
    private final Map<Sector, Map<ContractType, List<GateTemplate>>> templates = new EnumMap<>(Sector.class);
    private final Dice.Roll conditional;
    private final Dice.Roll held;
    private final Dice.Roll met;
    private final Dice.Roll review;
    private final Dice.Roll score;

    Gates(Dice dice, Today today) {
        this.today = today;
        for (Sector sector : Sector.values()) {
            Map<ContractType, List<GateTemplate>> bySector = new EnumMap<>(ContractType.class);
            for (ContractType contractType : ContractType.values()) {
                List<GateTemplate> gates = new ArrayList<>();
                gates.add(new GateTemplate(GateCode.G0, GateTemplates.deciders(GateCode.G0), List.of()));
                gates.addAll(GateTemplates.defaults(sector, contractType));
                bySector.put(contractType, List.copyOf(gates));
            }
            templates.put(sector, bySector);
        }
        this.conditional = dice.roll("decision.conditional");
        this.held = dice.roll("decision.heldFirst");
        this.met = dice.roll("decision.conditionMet");
        this.review = dice.roll("criterion.review");
        this.score = dice.roll("criterion.score");
    }

    /** G0 to G5 of the project, in order. */
    List<GateTemplate> templatesOf(ProjectPlan project) {
        return templates.get(project.sector()).get(project.contractType());
    }

    List<DecisionPlan> decisionsOf(ProjectPlan project) {
        List<DecisionPlan> decisions = new ArrayList<>();
        Timeline timeline = project.timeline();
        for (GateCode gate : GateCode.values()) {
            if (gate.ordinal() > project.phase().ordinal()) {
                break;
            }
            LocalDate passed = timeline.passed(gate);
            if (gate != GateCode.G0 && held.chance(HELD_FIRST_SHARE, project.index(), gate.ordinal())
                    && passed.minusDays(30).isAfter(timeline.passed(GateCode.values()[gate.ordinal() - 1]))) {
                decisions.add(new DecisionPlan(gate, Decision.HOLD, passed.minusDays(30),
                        "Waiting for the client's budget approval", null, null));
            }
            if (gate != GateCode.G0 && conditional.chance(CONDITIONAL_SHARE, project.index(), gate.ordinal())) {
                LocalDate metOn = passed.plusDays(met.between(5, CONDITION_DAYS, project.index(), gate.ordinal(), 1));
                boolean wasMet = met.chance(0.8, project.index(), gate.ordinal(), 0) && !metOn.isAfter(today.date());
                decisions.add(new DecisionPlan(gate, Decision.CONDITIONAL_GO, passed,
                        "Proceed once the condition is met", passed.plusDays(CONDITION_DAYS), wasMet ? metOn : null));
            } else {
                decisions.add(new DecisionPlan(gate, Decision.GO, passed, "Criteria met; proceed", null, null));
            }
        }
        if (!project.isClosed() && project.fate() != Fate.LIVE) {
            LocalDate entered = timeline.entered(project.phase());
            LocalDate decided = entered.plusDays(Timeline.days(entered, today.date()) / 2);
            decisions.add(project.fate() == Fate.KILLED
                    ? new DecisionPlan(project.nextGate(), Decision.KILL, decided, "The client cancelled the tender", null, null)
                    : new DecisionPlan(project.nextGate(), Decision.HOLD, decided,
                            "Waiting for the client's budget approval", null, null));
        }
        return decisions;
    }

    void write(Database database, List<ProjectPlan> projects) throws SQLException {
        long deciders = 0;
        long criteria = 0;
        long decisions = 0;
        long conditions = 0;
        long conditionsMet = 0;
        for (ProjectPlan project : projects) {
            for (GateTemplate template : templatesOf(project)) {
                deciders += template.deciders().size();
                criteria += template.criteria().size();
            }
            for (DecisionPlan decision : decisionsOf(project)) {
                decisions++;
                conditions += decision.conditionDue() == null ? 0 : 1;
                conditionsMet += decision.conditionMet() == null ? 0 : 1;
            }
        }
        IdBlocks gateIds = database.ids("gate");
        IdBlocks criterionIds = database.ids("gate_criterion");
        IdBlocks decisionIds = database.ids("gate_decision");
        IdBlocks conditionMetIds = database.ids("gate_condition_met");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table gates = inserts.into("gate", projects.size() * (long) GateCode.values().length,
                    "id", "version", "project_id", "code", "state", "planned_on", "actual_on");
            Inserts.Table roles = inserts.into("gate_decider", deciders, "gate_id", "role");
            Inserts.Table criterionRows = inserts.into("gate_criterion", criteria, "id", "version", "gate_id",
                    "position", "text", "kind", "weight", "score", "status", "note", "changed_by", "changed_at");
            Inserts.Table decisionRows = inserts.into("gate_decision", decisions, "id", "gate_id", "decision",
                    "rationale", "decided_by", "decided_at");
            Inserts.Table conditionRows = inserts.into("gate_condition", conditions, "decision_id", "position",
                    "condition_text", "due_on");
            Inserts.Table metRows = inserts.into("gate_condition_met", conditionsMet, "id", "decision_id", "position",
                    "note", "met_by", "met_at");
            for (ProjectPlan project : projects) {
                List<DecisionPlan> decided = decisionsOf(project);
                for (GateTemplate template : templatesOf(project)) {
                    GateCode code = template.code();
                    long gateId = gateIds.next();
                    gates.row(gateId, 0L, project.id(), code.name(), project.stateOf(code).name(),
                            project.timeline().planned(code), project.timeline().passed(code));
                    for (Role role : template.deciders()) {
                        roles.row(gateId, role.name());
                    }
                    String decider = project.owner().team().decider(template.deciders()).username();
                    for (int position = 0; position < template.criteria().size(); position++) {
                        CriterionTemplate criterion = template.criteria().get(position);
                        Review reviewed = review(project, code, position, criterion.kind());
                        boolean open = reviewed.status() == CriterionStatus.OPEN;
                        criterionRows.row(criterionIds.next(), 0L, gateId, position + 1, criterion.text(),
                                criterion.kind().name(), criterion.weight(), reviewed.score(), reviewed.status().name(),
                                reviewed.status() == CriterionStatus.WAIVED
                                        ? "Waived by the deciders: covered by the contract" : null,
                                open ? null : decider, open ? null : today.moment(reviewed.on(), 16, 0));
                    }
                    for (DecisionPlan decision : decided) {
                        if (decision.gate() != code) {
                            continue;
                        }
                        long decisionId = decisionIds.next();
                        decisionRows.row(decisionId, gateId, decision.decision().name(), decision.rationale(), decider,
                                today.moment(decision.on(), 10, 0));
                        if (decision.conditionDue() != null) {
                            conditionRows.row(decisionId, 0, "Updated schedule submitted to the client",
                                    decision.conditionDue());
                        }
                        if (decision.conditionMet() != null) {
                            metRows.row(conditionMetIds.next(), decisionId, 0, "Schedule accepted by the client",
                                    decider, today.moment(decision.conditionMet(), 15, 0));
                        }
                    }
                }
            }
        }
    }

    /** How the criterion stands: settled at a passed gate, partly reviewed at the next one, open ahead. */
    private Review review(ProjectPlan project, GateCode gate, int position, CriterionKind kind) {
        GateState state = project.stateOf(gate);
        boolean shouldMeet = kind == CriterionKind.SHOULD_MEET;
        double draw = review.unit(project.index(), gate.ordinal(), position);
        if (state == GateState.PASSED) {
            LocalDate on = project.timeline().passed(gate).minusDays(2);
            if (shouldMeet) {
                return draw < 0.8 ? new Review(CriterionStatus.MET, scoreOf(project, gate, position, 3, 5), on)
                        : new Review(CriterionStatus.NOT_MET, scoreOf(project, gate, position, 0, 2), on);
            }
            return new Review(draw < WAIVED_SHARE ? CriterionStatus.WAIVED : CriterionStatus.MET, null, on);
        }
        if (gate.ordinal() == project.phase().ordinal() + 1 && draw < 0.6) {
            LocalDate entered = project.timeline().entered(project.phase());
            LocalDate on = entered.plusDays(Math.round(Timeline.days(entered, today.date())
                    * score.unit(project.index(), gate.ordinal(), position, 1)));
            boolean isMet = draw < 0.5;
            return new Review(isMet ? CriterionStatus.MET : CriterionStatus.NOT_MET,
                    shouldMeet ? scoreOf(project, gate, position, isMet ? 2 : 0, isMet ? 5 : 2) : null, on);
        }
        return new Review(CriterionStatus.OPEN, null, null);
    }

    private int scoreOf(ProjectPlan project, GateCode gate, int position, int lowest, int highest) {
        return score.between(lowest, highest, project.index(), gate.ordinal(), position, 0);
    }
}

package io.pylon.project;

import io.pylon.audit.Change;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing done at a gate, for its history: who, when, and what. {@code CRITERION_CHANGED}: a criterion's review or
 * waiver, with each field changed ({@code status}, {@code score}, {@code note}) from and to; {@code DECIDED}: a
 * decision, its rationale as {@code text}; {@code CONDITION_MET}: a condition of a conditional GO met, the condition
 * as {@code text} with the note; {@code EVIDENCE_ATTACHED}: a file, its name as {@code text}, on a criterion.
 */
public record GateEventView(Instant at, String by, Kind kind, Long criterionId, String criterion,
                            List<FieldChange> changes, Long decisionId, Decision decision, String text, String note) {

    public enum Kind {
        CRITERION_CHANGED,
        DECIDED,
        CONDITION_MET,
        EVIDENCE_ATTACHED
    }

    /** A field of a criterion as it was before the change and after it; absent where there was none. */
    public record FieldChange(String field, String from, String to) {
    }

    /** The gate's history as one timeline, newest first. */
    static List<GateEventView> timeline(Gates.GateHistory history) {
        List<GateEventView> events = new ArrayList<>(criterionChanges(history.criteria()));
        history.decisions().forEach(decision -> events.add(new GateEventView(decision.decidedAt(),
                decision.decidedBy(), Kind.DECIDED, null, null, List.of(), decision.id(), decision.decision(),
                decision.rationale(), null)));
        history.conditionsMet().forEach(met -> events.add(new GateEventView(met.metAt(), met.metBy(),
                Kind.CONDITION_MET, null, null, List.of(), met.decision().id(), met.decision().decision(),
                met.decision().conditions().get(met.position()).text(), met.note())));
        history.evidence().forEach(file -> events.add(new GateEventView(file.uploadedAt(), file.uploadedBy(),
                Kind.EVIDENCE_ATTACHED, file.criterion().id(), file.criterion().text(), List.of(), null, null,
                file.fileName(), null)));
        // Stable: what happened at one moment keeps the order it was recorded in, before reversing.
        events.sort(Comparator.comparing(GateEventView::at));
        Collections.reverse(events);
        return events;
    }

    /** Each change of a criterion after it was made with the project, against the state before it. */
    private static List<GateEventView> criterionChanges(List<Change<GateCriterion>> changes) {
        Map<Long, GateCriterion> before = new HashMap<>();
        List<GateEventView> events = new ArrayList<>();
        for (Change<GateCriterion> change : changes) {
            GateCriterion after = change.state();
            GateCriterion previous = before.put(after.id(), after);
            if (previous == null) {
                continue;
            }
            List<FieldChange> fields = new ArrayList<>();
            compare("status", previous.status(), after.status(), fields);
            compare("score", previous.score(), after.score(), fields);
            compare("note", previous.note(), after.note(), fields);
            events.add(new GateEventView(change.madeAt(), change.username(), Kind.CRITERION_CHANGED, after.id(),
                    after.text(), fields, null, null, null, null));
        }
        return events;
    }

    private static void compare(String field, Object from, Object to, List<FieldChange> changed) {
        if (!Objects.equals(from, to)) {
            changed.add(new FieldChange(field, from == null ? null : from.toString(), to == null ? null : to.toString()));
        }
    }
}

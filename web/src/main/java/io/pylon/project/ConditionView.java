package io.pylon.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A condition of a conditional GO, as the API shows it: {@code position} its place in the decision's list (from 0),
 * as the path to mark it met names it; {@code status} OPEN, MET, or OVERDUE while open after its due date; who met it,
 * when, and their note.
 */
public record ConditionView(long decisionId, int position, String text, LocalDate dueOn, ConditionStatus status,
                            String metBy, Instant metAt, String note) {

    /** The decision's conditions, each with the record of it met among {@code met}, if any. */
    static List<ConditionView> of(GateDecision decision, List<ConditionMet> met, LocalDate today) {
        List<GateCondition> conditions = decision.conditions();
        return IntStream.range(0, conditions.size()).mapToObj(position -> {
            GateCondition condition = conditions.get(position);
            ConditionMet done = met.stream().filter(record -> record.position() == position
                    && record.decision().id().equals(decision.id())).findFirst().orElse(null);
            return new ConditionView(decision.id(), position, condition.text(), condition.dueOn(),
                    condition.status(done != null, today), done == null ? null : done.metBy(),
                    done == null ? null : done.metAt(), done == null ? null : done.note());
        }).toList();
    }
}

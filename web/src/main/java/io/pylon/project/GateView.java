package io.pylon.project;

import io.pylon.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A gate as the API shows it, with its criteria in order. {@code slippageDays}: days the gate was passed after its
 * planned date (negative: before), or for a gate still ahead, how many days it is overdue (0 while not yet due);
 * absent without a planned date. {@code mayReview}: you may review its criteria and plan it; {@code mayDecide}: you
 * may decide it and waive its criteria. {@code conditions}: those of the conditional GOs taken at it, with where each
 * stands.
 */
public record GateView(long id, long version, GateCode code, Phase from, Phase to, GateState state, boolean next,
                       LocalDate plannedOn, LocalDate actualOn, Long slippageDays, List<Role> deciders,
                       boolean mayReview, boolean mayDecide, List<CriterionView> criteria,
                       List<ConditionView> conditions) {

    /**
     * One criterion: {@code score} 0-5 for a should-meet one, {@code note} the reviewer's words or the waiver's
     * reason, {@code evidence} the files attached to it.
     */
    public record CriterionView(long id, long version, int position, String text, CriterionKind kind, int weight,
                                Integer score, CriterionStatus status, String note, String changedBy,
                                Instant changedAt, List<EvidenceView> evidence) {

        static CriterionView of(GateCriterion criterion, List<Evidence> evidence) {
            return new CriterionView(criterion.id(), criterion.version(), criterion.position(), criterion.text(),
                    criterion.kind(), criterion.weight(), criterion.score(), criterion.status(), criterion.note(),
                    criterion.changedBy(), criterion.changedAt(), evidence.stream()
                    .filter(file -> file.criterion().id().equals(criterion.id())).map(EvidenceView::of).toList());
        }
    }

    static GateView of(Gate gate, LocalDate today, Gates.Rights rights, List<Evidence> evidence,
                       List<GateDecision> conditionalGos, List<ConditionMet> met) {
        Project project = gate.project();
        return new GateView(gate.id(), gate.version(), gate.code(), gate.code().from().orElse(null), gate.code().to(),
                gate.state(), project.nextGate().filter(gate.code()::equals).isPresent(), gate.plannedOn(),
                gate.actualOn(), gate.slippageDays(today).orElse(null),
                gate.deciders().stream().sorted().toList(), rights.review(), rights.decides(gate),
                gate.criteria().stream().map(criterion -> CriterionView.of(criterion, evidence)).toList(),
                conditionalGos.stream().filter(decision -> decision.gate().id().equals(gate.id()))
                        .flatMap(decision -> ConditionView.of(decision, met, today).stream()).toList());
    }
}

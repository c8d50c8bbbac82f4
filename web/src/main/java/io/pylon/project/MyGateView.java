package io.pylon.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A gate of "my gates": which project and account, when it is planned, and how many days late it is (0 while not yet due). */
public record MyGateView(long projectId, String projectName, ProjectView.AccountRef owner, long gateId, GateCode gate,
                         GateState state, LocalDate plannedOn, long daysOverdue, long dueInDays) {

    static MyGateView of(Gate gate, LocalDate today) {
        Project project = gate.project();
        long late = ChronoUnit.DAYS.between(gate.plannedOn(), today);
        return new MyGateView(project.id(), project.name(), ProjectView.AccountRef.of(project.owner()), gate.id(),
                gate.code(), gate.state(), gate.plannedOn(), Math.max(0, late), Math.max(0, -late));
    }
}

package io.pylon.generator;

import io.pylon.account.Sector;
import io.pylon.project.ContractType;
import io.pylon.project.GateCode;
import io.pylon.project.GateState;
import io.pylon.project.Phase;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * A generated project as planned: its owner, sector and contract type (which choose its gates' criteria), phase and
 * fate at the next gate, timeline, and what it is worth: the contract price, and the budget at completion (the cost
 * the earned value measures against) in the contract's currency. {@code constructionOverrun} is how much longer than
 * planned its construction takes or took.
 */
record ProjectPlan(int index, long id, Agency owner, String name, Sector sector, ContractType contractType, Phase phase,
                   Fate fate, Timeline timeline, Currency currency, BigDecimal contractPrice, BigDecimal budget,
                   double constructionOverrun) {

    /** The gate the project is at, if it is not closed. */
    GateCode nextGate() {
        return GateCode.ending(phase);
    }

    boolean isClosed() {
        return phase == Phase.CLOSED;
    }

    GateState stateOf(GateCode gate) {
        if (gate.ordinal() <= phase.ordinal()) {
            return GateState.PASSED;
        }
        return gate.ordinal() == phase.ordinal() + 1 ? fate.nextGateState() : GateState.PENDING;
    }

    /** Whether construction has begun (G3 passed), so that it has earned value and invoices. */
    boolean isBuilding() {
        return phase.compareTo(Phase.CONSTRUCTION) >= 0;
    }

    boolean hasBeenTakenOver() {
        return phase.compareTo(Phase.OPERATION_AND_MAINTENANCE) >= 0;
    }
}

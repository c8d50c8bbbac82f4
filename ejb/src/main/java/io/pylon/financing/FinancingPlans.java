package io.pylon.financing;

import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Financing plans, worked out by the engine of the model for bid managers, account managers and executives. */
@Stateless
public class FinancingPlans {

    @Inject
    CurrentUser currentUser;

    /** The plan's schedules, metrics and checks; nothing is stored. */
    public Evaluation evaluate(FinancingPlan plan) {
        currentUser.require(Permissions.EVALUATE_FINANCING,
                "only bid managers, account managers, executives and administrators work out financing plans");
        return Evaluation.of(plan);
    }
}

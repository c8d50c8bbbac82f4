package io.pylon.financing;

import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Financing plans, worked out by the engine of the model for bid managers, account managers and executives. */
@Stateless
public class FinancingPlans {

    @Inject
    CurrentUser currentUser;

    /** The plan's schedules, metrics and checks; nothing is stored. */
    public Evaluation evaluate(FinancingPlan plan) {
        requireEvaluator();
        return Evaluation.of(plan);
    }

    /** The contract's plan worked out with the contractor's view and the debt service cover. */
    public ContractEvaluation evaluate(FinancedContract contract) {
        requireEvaluator();
        return contract.evaluate();
    }

    /**
     * The contracts worked out, in order, for a side-by-side view: the caller's permission is checked once, since
     * each check reads it from the database.
     */
    public List<ContractEvaluation> evaluate(List<FinancedContract> contracts) {
        requireEvaluator();
        return contracts.stream().map(FinancedContract::evaluate).toList();
    }

    /** The all-in cost and contractor NPV under the usual shocks (rates, delay, currency). */
    public Sensitivity sensitivity(FinancedContract contract) {
        requireEvaluator();
        return Sensitivity.of(contract);
    }

    private void requireEvaluator() {
        currentUser.require(Permissions.EVALUATE_FINANCING,
                "only bid managers, account managers, executives and administrators work out financing plans");
    }
}

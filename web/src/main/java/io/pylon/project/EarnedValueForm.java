package io.pylon.project;

import io.pylon.api.FieldChecks;
import io.pylon.api.MoneyForm;

/** A period's figures as a client sends them: money as {@code {"amount", "currency"}}, all in one currency. */
public record EarnedValueForm(MoneyForm budgetAtCompletion, MoneyForm plannedValue, MoneyForm earnedValue,
                              MoneyForm actualCost) {

    /** The figures checked field by field, then against each other ({@link EarnedValue}). */
    EarnedValue values() {
        FieldChecks checks = new FieldChecks();
        var bac = MoneyForm.positive(checks, "budgetAtCompletion", budgetAtCompletion);
        var pv = MoneyForm.notNegative(checks, "plannedValue", plannedValue);
        var ev = MoneyForm.notNegative(checks, "earnedValue", earnedValue);
        var ac = MoneyForm.notNegative(checks, "actualCost", actualCost);
        checks.orThrow();
        return new EarnedValue(bac, pv, ev, ac);
    }
}

package io.pylon.project;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A project's earned value at the end of a reporting period: the budget at completion (BAC) and, to date, the
 * planned value (PV), earned value (EV) and actual cost (AC), in one currency. From them: CV = EV − AC,
 * SV = EV − PV, CPI = EV / AC, SPI = EV / PV, the estimate at completion by either {@link EacMethod}, ETC = EAC − AC,
 * VAC = BAC − EAC and TCPI = (BAC − EV) / (BAC − AC). Everything is computed from the exact amounts; indexes are
 * rounded half-even to {@value #INDEX_SCALE} decimals and money to the cent only in the answer. An index whose
 * denominator is zero (nothing spent, nothing planned yet) is absent, and so are the forecasts that need it.
 */
public record EarnedValue(Money budgetAtCompletion, Money plannedValue, Money earnedValue, Money actualCost) {

    public static final int INDEX_SCALE = 4;
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    public EarnedValue {
        Objects.requireNonNull(budgetAtCompletion, "budgetAtCompletion");
        requireAmount("plannedValue", plannedValue, budgetAtCompletion.currency());
        requireAmount("earnedValue", earnedValue, budgetAtCompletion.currency());
        requireAmount("actualCost", actualCost, budgetAtCompletion.currency());
        if (earnedValue.amount().compareTo(budgetAtCompletion.amount()) > 0) {
            throw new DomainRuleViolation("earnedValue", Reason.OUT_OF_RANGE,
                    "must not exceed the budget at completion, " + budgetAtCompletion.amount());
        }
        if (plannedValue.amount().compareTo(budgetAtCompletion.amount()) > 0) {
            throw new DomainRuleViolation("plannedValue", Reason.OUT_OF_RANGE,
                    "must not exceed the budget at completion, " + budgetAtCompletion.amount());
        }
    }

    private static void requireAmount(String field, Money amount, Currency currency) {
        requirePresent(field, amount);
        if (!amount.currency().equals(currency)) {
            throw new DomainRuleViolation(field, Reason.NOT_ALLOWED, "must be in the budget's currency, " + currency);
        }
        if (amount.amount().signum() < 0) {
            throw new DomainRuleViolation(field, Reason.OUT_OF_RANGE, "must not be negative");
        }
    }

    public Money costVariance() {
        return money(ev().subtract(ac()));
    }

    public Money scheduleVariance() {
        return money(ev().subtract(pv()));
    }

    public Optional<BigDecimal> costPerformanceIndex() {
        return ratio(ev(), ac()).map(EarnedValue::index);
    }

    public Optional<BigDecimal> schedulePerformanceIndex() {
        return ratio(ev(), pv()).map(EarnedValue::index);
    }

    /** EAC: the actual cost plus the work left, at the efficiency the method assumes. */
    public Optional<Money> estimateAtCompletion(EacMethod method) {
        Optional<BigDecimal> efficiency = switch (method) {
            case CPI -> ratio(ev(), ac());
            case CPI_TIMES_SPI -> ratio(ev(), ac()).flatMap(cpi -> ratio(ev(), pv()).map(cpi::multiply));
        };
        return efficiency.filter(factor -> factor.signum() > 0)
                .map(factor -> money(ac().add(bac().subtract(ev()).divide(factor, EXACT_ENOUGH))));
    }

    /** ETC = EAC − AC: what the rest is forecast to cost. */
    public Optional<Money> estimateToComplete(EacMethod method) {
        return estimateAtCompletion(method).map(eac -> money(eac.amount().subtract(ac())));
    }

    /** VAC = BAC − EAC: negative when the project is forecast to overrun its budget. */
    public Optional<Money> varianceAtCompletion(EacMethod method) {
        return estimateAtCompletion(method).map(eac -> money(bac().subtract(eac.amount())));
    }

    /** TCPI = (BAC − EV) / (BAC − AC): the cost efficiency the rest of the work needs to finish on budget. */
    public Optional<BigDecimal> toCompletePerformanceIndex() {
        return ratio(bac().subtract(ev()), bac().subtract(ac())).map(EarnedValue::index);
    }

    private BigDecimal bac() {
        return budgetAtCompletion.amount();
    }

    private BigDecimal pv() {
        return plannedValue.amount();
    }

    private BigDecimal ev() {
        return earnedValue.amount();
    }

    private BigDecimal ac() {
        return actualCost.amount();
    }

    private static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? Optional.empty() : Optional.of(numerator.divide(denominator, EXACT_ENOUGH));
    }

    private static BigDecimal index(BigDecimal exact) {
        return exact.setScale(INDEX_SCALE, RoundingMode.HALF_EVEN);
    }

    private Money money(BigDecimal exact) {
        return Money.of(exact.setScale(Money.SCALE, RoundingMode.HALF_EVEN), budgetAtCompletion.currency());
    }
}

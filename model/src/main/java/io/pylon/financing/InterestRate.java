package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import java.math.BigDecimal;

/** A tranche's annual interest rate as a decimal fraction: fixed, or floating as a base rate plus a margin. */
public sealed interface InterestRate {

    BigDecimal LOWEST = new BigDecimal("-0.05");
    BigDecimal HIGHEST = BigDecimal.ONE;

    enum Kind {
        FIXED,
        FLOATING
    }

    /** A FIXED rate of {@code value}, or a FLOATING one of {@code base} plus {@code margin}. */
    static InterestRate of(Kind kind, BigDecimal value, BigDecimal base, BigDecimal margin) {
        requirePresent("rate.type", kind);
        return kind == Kind.FIXED ? new Fixed(value) : new Floating(base, margin);
    }

    /** The rate the tranche pays: the fixed rate, or base plus margin. */
    BigDecimal annual();

    /** The same rate with its base (the fixed rate, or the floating base) moved by {@code shift}. */
    InterestRate shiftedBy(BigDecimal shift);

    record Fixed(BigDecimal value) implements InterestRate {

        public Fixed {
            value = Rates.within("rate.value", value, LOWEST, HIGHEST);
        }

        @Override
        public BigDecimal annual() {
            return value;
        }

        @Override
        public InterestRate shiftedBy(BigDecimal shift) {
            return new Fixed(value.add(shift));
        }
    }

    record Floating(BigDecimal base, BigDecimal margin) implements InterestRate {

        public Floating {
            base = Rates.within("rate.base", base, LOWEST, HIGHEST);
            margin = Rates.within("rate.margin", margin, LOWEST, HIGHEST);
            Rates.within("rate", base.add(margin), LOWEST, HIGHEST);
        }

        @Override
        public BigDecimal annual() {
            return base.add(margin);
        }

        @Override
        public InterestRate shiftedBy(BigDecimal shift) {
            return new Floating(base.add(shift), margin);
        }
    }
}

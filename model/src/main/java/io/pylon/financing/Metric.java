package io.pylon.financing;

import java.math.BigDecimal;
import java.util.Optional;

/** A figure of a plan, or why it is not defined for it (cash flows without an internal rate, nothing repaid ...). */
public record Metric(BigDecimal value, String undefinedBecause) {

    public static Metric of(BigDecimal value) {
        return new Metric(value, null);
    }

    public static Metric undefined(String because) {
        return new Metric(null, because);
    }

    public Optional<BigDecimal> defined() {
        return Optional.ofNullable(value);
    }
}

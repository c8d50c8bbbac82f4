package io.pylon.portfolio;

import java.math.BigDecimal;
import java.util.Objects;

/** What one account is worth in the reporting currency: contracted value plus pipeline weighted by win probability. */
public record AccountValue(long accountId, BigDecimal contracted, BigDecimal pipeline) {

    public AccountValue {
        Objects.requireNonNull(contracted, "contracted");
        Objects.requireNonNull(pipeline, "pipeline");
    }

    public static AccountValue nothing(long accountId) {
        return new AccountValue(accountId, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public BigDecimal value() {
        return contracted.add(pipeline);
    }
}

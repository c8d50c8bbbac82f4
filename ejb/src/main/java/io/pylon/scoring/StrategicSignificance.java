package io.pylon.scoring;

import jakarta.enterprise.context.Dependent;

/** STRATEGIC_SIGNIFICANCE: how much the agency matters to us beyond its numbers, as its team rates it. */
@Dependent
public class StrategicSignificance extends TeamRating {

    @Override
    public Criterion criterion() {
        return Criterion.STRATEGIC_SIGNIFICANCE;
    }

    @Override
    String attribute() {
        return "strategicSignificance";
    }

    @Override
    String code() {
        return "strategic";
    }

    @Override
    String caveat() {
        return "";
    }
}

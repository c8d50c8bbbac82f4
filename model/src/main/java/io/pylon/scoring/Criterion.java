package io.pylon.scoring;

/**
 * What an account's score is made of (DESIGN.md section 4), each with the weight it has until an
 * administrator sets another. Each criterion has one measure that finds its figures in the data.
 * Purchase history joins when won contracts are recorded: a constant here and a measure of its own.
 */
public enum Criterion {
    BUSINESS_SCALE(30),
    GROWTH(20),
    RELATIONSHIP_STRENGTH(20),
    STRATEGIC_SIGNIFICANCE(20),
    PAYMENT_BEHAVIOUR(10);

    public static final int MIN_WEIGHT = 0;
    public static final int MAX_WEIGHT = 100;

    private final int defaultWeight;

    Criterion(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }
}

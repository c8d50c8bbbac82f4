package io.pylon.scoring;

/**
 * What an account's score is made of (DESIGN.md section 4), each with the weight it has until an
 * administrator sets another. Each criterion has one measure that finds its figures in the data.
 * A criterion added later weighs its default until an administrator sets it, so the weights need
 * not add up to 100: each counts as its share of the weights of the criteria with data.
 */
public enum Criterion {
    PURCHASE_HISTORY(20),
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

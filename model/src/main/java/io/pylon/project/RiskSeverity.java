package io.pylon.project;

/**
 * The band of a risk's score on the 5x5 matrix, as the usual colours of a heat map: green up to 4, amber up to 9,
 * orange up to 16, red from 20 (no product of two 1-5 ratings lies between 16 and 20).
 */
public enum RiskSeverity {
    LOW(4),
    MEDIUM(9),
    HIGH(16),
    VERY_HIGH(25);

    private final int highestScore;

    RiskSeverity(int highestScore) {
        this.highestScore = highestScore;
    }

    public static RiskSeverity of(int score) {
        for (RiskSeverity severity : values()) {
            if (score <= severity.highestScore) {
                return severity;
            }
        }
        throw new IllegalArgumentException("a score of two 1-5 ratings is at most 25, not " + score);
    }
}

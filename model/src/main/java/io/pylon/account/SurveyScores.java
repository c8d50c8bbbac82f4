package io.pylon.account;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an agency said in a satisfaction survey: five dimensions scored 1 (poor) to 5
 * (excellent), and how likely it is to recommend us, 0 to 10.
 */
@Embeddable
public record SurveyScores(@Column(nullable = false) int quality,
                           @Column(nullable = false) int schedule,
                           @Column(nullable = false) int communication,
                           @Column(nullable = false) int responsiveness,
                           @Column(name = "value_for_money", nullable = false) int value,
                           @Column(name = "likelihood_to_recommend", nullable = false) int likelihoodToRecommend) {

    public SurveyScores {
        requireScore("quality", quality);
        requireScore("schedule", schedule);
        requireScore("communication", communication);
        requireScore("responsiveness", responsiveness);
        requireScore("value", value);
        if (likelihoodToRecommend < 0 || likelihoodToRecommend > 10) {
            throw new DomainRuleViolation("likelihoodToRecommend", Reason.OUT_OF_RANGE, "must be between 0 and 10");
        }
    }

    private static void requireScore(String dimension, int score) {
        if (score < 1 || score > 5) {
            throw new DomainRuleViolation(dimension, Reason.OUT_OF_RANGE, "must be between 1 and 5");
        }
    }

    /** The mean of the five dimensions, to two decimals. */
    public BigDecimal average() {
        return BigDecimal.valueOf(quality + schedule + communication + responsiveness + value)
                .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
    }

    /** 9-10 promote us, 0-6 detract, 7-8 are passive (the Net Promoter convention). */
    public boolean promotes() {
        return likelihoodToRecommend >= 9;
    }

    public boolean detracts() {
        return likelihoodToRecommend <= 6;
    }
}

package io.pylon.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An account's score 0-100 as last computed (null when no criterion had data, and computedAt
 * null before the first computation), with each criterion's part in it.
 */
public record ScoreView(long accountId, BigDecimal score, Instant computedAt, List<PartView> parts) {

    /**
     * One criterion: its weight, the share of the whole that came to (0-1), the measured figure,
     * its score 0-100, its contribution to the total (score times share), and why. A part left out
     * (NO_DATA, NO_WEIGHT) has no share and no contribution.
     */
    public record PartView(String criterion, int weight, BigDecimal share, BigDecimal figure, BigDecimal score,
                           BigDecimal contribution, boolean counted, WeightedScore.LeftOut leftOut,
                           Explanation explanation) {

        public static PartView of(WeightedScore.Part part) {
            return new PartView(part.criterion(), part.weight(), part.share(), part.figure(), part.score(),
                    part.contribution(), part.counted(), part.leftOut(), part.explanation());
        }

        static PartView of(ScorePart part) {
            return new PartView(part.criterion(), part.weight(), part.share(), part.figure(), part.score(),
                    part.contribution(), part.counted(), part.leftOut(), part.why());
        }
    }

    static ScoreView of(long accountId, AccountScore score) {
        return score == null ? new ScoreView(accountId, null, null, List.of())
                : new ScoreView(accountId, score.score(), score.computedAt(),
                score.parts().stream().map(PartView::of).toList());
    }
}

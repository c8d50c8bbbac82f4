package io.pylon.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One part of a stored score, as {@link WeightedScore.Part} computed it. Figures are kept to four
 * decimals and shares to eight, more than any display shows.
 */
@Embeddable
public record ScorePart(@Column(nullable = false, length = 40) String criterion,
                        @Column(nullable = false) int weight,
                        @Column(precision = 9, scale = 8) BigDecimal share,
                        @Column(precision = 21, scale = 4) BigDecimal figure,
                        @Column(precision = 7, scale = 4) BigDecimal score,
                        @Column(precision = 7, scale = 4) BigDecimal contribution,
                        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR)
                        @Column(name = "left_out", length = 20) WeightedScore.LeftOut leftOut,
                        @Column(name = "explanation_code", nullable = false, length = 60) String explanationCode,
                        @Convert(converter = ExplanationArgsConverter.class)
                        @Column(name = "explanation_args", nullable = false, length = ExplanationArgsConverter.MAX_LENGTH)
                        Map<String, String> explanationArgs,
                        @Column(nullable = false, length = 1000) String explanation) {

    static final int SHARE_SCALE = 8;
    static final int SCALE = 4;

    static ScorePart of(WeightedScore.Part part) {
        Explanation why = part.explanation();
        return new ScorePart(part.criterion(), part.weight(), scaled(part.share(), SHARE_SCALE),
                scaled(part.figure(), SCALE), scaled(part.score(), SCALE), scaled(part.contribution(), SCALE),
                part.leftOut(), why.code(), why.args(), why.text());
    }

    public Explanation why() {
        return new Explanation(explanationCode, explanationArgs, explanation);
    }

    public boolean counted() {
        return leftOut == null;
    }

    static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }
}

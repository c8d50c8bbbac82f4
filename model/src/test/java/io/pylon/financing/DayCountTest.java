package io.pylon.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DayCountTest {

    @ParameterizedTest
    @CsvSource({
            "ACT_360, 2026-01-01, 2026-07-01, 181, 360",
            "ACT_365F, 2028-01-01, 2029-01-01, 366, 365",
            "30_360, 2026-01-31, 2026-07-31, 180, 360",
            "30_360, 2026-01-15, 2026-07-31, 196, 360",
            "30_360, 2026-02-28, 2026-08-31, 183, 360",
            "30_360, 2026-01-01, 2027-01-01, 360, 360"})
    void countsDaysIntoYears(String code, LocalDate from, LocalDate to, int days, int perYear) {
        assertThat(DayCount.of("dayCount", code).yearFraction(from, to))
                .isEqualByComparingTo(BigDecimal.valueOf(days).divide(BigDecimal.valueOf(perYear), MathContext.DECIMAL128));
    }
}

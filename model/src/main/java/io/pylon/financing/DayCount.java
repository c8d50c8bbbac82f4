package io.pylon.financing;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/** How a tranche counts the days between two dates into a fraction of a year for its interest and fees. */
public enum DayCount {
    /** Actual days over 360. */
    ACT_360("ACT_360"),
    /** Actual days over 365, leap years too. */
    ACT_365F("ACT_365F"),
    /**
     * 30/360 bond basis (ISDA 2006 4.16(f)): a 31st becomes the 30th; the end date's 31st does so only when the start
     * is a 30th or 31st.
     */
    THIRTY_360("30_360");

    private final String code;

    DayCount(String code) {
        this.code = code;
    }

    /** The code a client writes: {@code ACT_360}, {@code ACT_365F} or {@code 30_360}. */
    public String code() {
        return code;
    }

    public static DayCount of(String field, String code) {
        return Arrays.stream(values()).filter(count -> count.code.equals(code)).findFirst()
                .orElseThrow(() -> new DomainRuleViolation(field, Reason.NOT_ALLOWED,
                        "must be one of ACT_360, ACT_365F, 30_360"));
    }

    public BigDecimal yearFraction(LocalDate from, LocalDate to) {
        return switch (this) {
            case ACT_360 -> days(ChronoUnit.DAYS.between(from, to), 360);
            case ACT_365F -> days(ChronoUnit.DAYS.between(from, to), 365);
            case THIRTY_360 -> {
                int startDay = Math.min(from.getDayOfMonth(), 30);
                int endDay = to.getDayOfMonth() == 31 && startDay == 30 ? 30 : to.getDayOfMonth();
                long days = 360L * (to.getYear() - from.getYear()) + 30L * (to.getMonthValue() - from.getMonthValue())
                        + (endDay - startDay);
                yield days(days, 360);
            }
        };
    }

    private static BigDecimal days(long days, int perYear) {
        return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(perYear), MathContext.DECIMAL128);
    }
}

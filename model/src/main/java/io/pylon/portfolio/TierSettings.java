package io.pylon.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Currency;
import java.util.Objects;

/**
 * The administrator's settings of the tier analysis: the reporting currency every value is converted into, and the
 * Pareto cut points. There is one row, made by the migration with the defaults (USD, 80 and 15).
 */
@Entity
@Table(name = "tier_settings")
public class TierSettings {

    /** The id of the one row. */
    public static final long ID = 1;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "reporting_currency", nullable = false, length = 3)
    private Currency reportingCurrency;

    @Column(name = "a_percent", nullable = false)
    private int aPercent;

    @Column(name = "b_percent", nullable = false)
    private int bPercent;

    protected TierSettings() {
    }

    /** Takes a new reporting currency and cut points; they apply from the next analysis on. */
    public void change(Currency newReportingCurrency, TierCutPoints cutPoints) {
        this.reportingCurrency = Objects.requireNonNull(newReportingCurrency);
        this.aPercent = cutPoints.aPercent();
        this.bPercent = cutPoints.bPercent();
    }

    public long version() {
        return version;
    }

    public Currency reportingCurrency() {
        return reportingCurrency;
    }

    public TierCutPoints cutPoints() {
        return new TierCutPoints(aPercent, bPercent);
    }
}

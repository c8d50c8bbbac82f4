package io.pylon.financing;

import java.math.BigDecimal;

/**
 * The OECD Arrangement's two country categories for repayment terms and local costs: Category I the high-income OECD
 * countries, Category II all others.
 */
public enum CountryCategory {
    I(new BigDecimal("0.40")),
    II(new BigDecimal("0.50"));

    private final BigDecimal localCostShare;

    CountryCategory(BigDecimal localCostShare) {
        this.localCostShare = localCostShare;
    }

    /** The most of the export contract value that official support for local costs may reach. */
    public BigDecimal localCostShare() {
        return localCostShare;
    }
}

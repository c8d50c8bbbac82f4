package io.pylon.financing;

import java.math.BigDecimal;

/**
 * The export-credit agency's premium, a rate on the covered amount (the tranche's amount). Financed: added to the
 * principal on the first drawdown date, never received by the borrower; otherwise the borrower pays it that day.
 */
public record Premium(BigDecimal rate, boolean financed) {

    public static final Premium NONE = new Premium(BigDecimal.ZERO, false);

    public Premium {
        rate = Rates.fee("premium.rate", rate);
    }
}

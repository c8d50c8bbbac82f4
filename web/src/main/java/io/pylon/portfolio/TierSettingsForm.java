package io.pylon.portfolio;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;
import java.util.Currency;

/** The tier settings as an administrator sends them, with the version they read. */
public record TierSettingsForm(String reportingCurrency, Integer aPercent, Integer bPercent, Long version) {

    record Checked(Currency reportingCurrency, TierCutPoints cutPoints) {
    }

    Checked checked() {
        FieldChecks checks = new FieldChecks()
                .required("reportingCurrency", reportingCurrency)
                .required("aPercent", aPercent)
                .required("bPercent", bPercent)
                .required("version", version)
                .between("aPercent", aPercent, 1, 100)
                .valid("bPercent", bPercent, b -> b >= 0 && (aPercent == null || aPercent + b <= 100),
                        Reason.OUT_OF_RANGE, "must be between 0 and 100 minus aPercent");
        Currency currency = checks.currency("reportingCurrency", reportingCurrency);
        checks.orThrow();
        return new Checked(currency, new TierCutPoints(aPercent, bPercent));
    }
}

package io.pylon.portfolio;

/** The tier settings: reporting currency, and cut points as whole percentages of the total value. */
public record TierSettingsView(long version, String reportingCurrency, int aPercent, int bPercent) {

    static TierSettingsView of(TierSettings settings) {
        TierCutPoints cutPoints = settings.cutPoints();
        return new TierSettingsView(settings.version(), settings.reportingCurrency().getCurrencyCode(),
                cutPoints.aPercent(), cutPoints.bPercent());
    }
}
